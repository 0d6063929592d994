package dev.mom.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ConceptPrioritiser#display} rounds on Double.toString's digits exactly as BigDecimal does. */
class DisplayTest {

  /** The definition: half-even to 4 decimals of BigDecimal.valueOf, trailing zeros stripped, "-0" as "0". */
  private static String reference(double number) {
    String text = BigDecimal.valueOf(number).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  @Test
  void examples() {
    // 0.73333… → 0.7333; 2.5 stays; 3.0 → 3; 0.00005 is a tie at 4 decimals → 0.0000 (0 is even) → 0;
    // 0.00015 → 0.0002 (1 is odd, up); 9.99995 → 10.0000 → 10; -0.00001 → -0.0000 → 0; 1.0E10 → 10000000000
    assertThat(ConceptPrioritiser.display(11.0 / 15)).isEqualTo("0.7333");
    assertThat(ConceptPrioritiser.display(2.5)).isEqualTo("2.5");
    assertThat(ConceptPrioritiser.display(3.0)).isEqualTo("3");
    assertThat(ConceptPrioritiser.display(0.00005)).isEqualTo("0");
    assertThat(ConceptPrioritiser.display(0.00015)).isEqualTo("0.0002");
    assertThat(ConceptPrioritiser.display(9.99995)).isEqualTo("10");
    assertThat(ConceptPrioritiser.display(-0.00001)).isEqualTo("0");
    assertThat(ConceptPrioritiser.display(-0.0)).isEqualTo("0");
    assertThat(ConceptPrioritiser.display(1.0E10)).isEqualTo("10000000000");
    assertThat(ConceptPrioritiser.display(-1234.56789)).isEqualTo("-1234.5679");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1, 10, 100, 0.1, 0.01, 0.001, 0.0001, 0.00001, 0.000049999, 0.00005, 0.000050001,
      0.00015, 0.00025, 0.99995, 0.99994999, 9.99995, 99.99995, 999999.99995, 1e7, 1.5e7, 12345678.99995, 1e-300,
      4.9e-324, 1.7976931348623157e308, 0.12345, 0.12355, 1.00005, 2.00015, 0.0009999, 0.00099995})
  void boundaries(double number) {
    assertThat(ConceptPrioritiser.display(number)).as("%s", number).isEqualTo(reference(number));
    assertThat(ConceptPrioritiser.display(-number)).as("%s", -number).isEqualTo(reference(-number));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void agreesWithBigDecimal(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      double number;
      switch (i % 4) {
        case 0: // any finite double
          do {
            number = Double.longBitsToDouble(random.nextLong());
          } while (!Double.isFinite(number));
          break;
        case 1: // the scores' range, across the switch to E notation at 10⁻³
          number = random.nextDouble() * Math.pow(10, -6 + random.nextInt(10));
          break;
        case 2: // short decimals, many of them ties at the 5th decimal
          number = (random.nextInt(2_000_000) - 1_000_000) / Math.pow(10, random.nextInt(8));
          break;
        default: // products and quotients like the explanations'
          number = (1 + random.nextInt(3)) * random.nextDouble() / 3 * (0.5 * (1 + random.nextInt(24)));
          break;
      }
      assertThat(ConceptPrioritiser.display(number)).as("seed %d: %s", seed, number).isEqualTo(reference(number));
    }
  }
}
