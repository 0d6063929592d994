package dev.mom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersTest {

  @Test
  void formatWritesWholeNumbersWithoutAPoint() {
    assertThat(Numbers.format(3.0)).isEqualTo("3");
    assertThat(Numbers.format(-0.0)).isEqualTo("0");
    assertThat(Numbers.format(0.45)).isEqualTo("0.45");
    assertThat(Numbers.format(1.0 / 3)).isEqualTo("0.3333333333333333");
  }

  @Test
  void briefRoundsToThreeDecimalsHalfEvenAndDropsTrailingZeros() {
    assertThat(Numbers.brief(1.0 / 3)).isEqualTo("0.333");
    assertThat(Numbers.brief(2.0 / 3)).isEqualTo("0.667");
    assertThat(Numbers.brief(0.5)).isEqualTo("0.5");
    assertThat(Numbers.brief(3.0)).isEqualTo("3");
    assertThat(Numbers.brief(1200.0)).isEqualTo("1200");
    // 0.0005 is stored as 0.000500000000000000010408…, just above the half: rounds up
    assertThat(Numbers.brief(0.0005)).isEqualTo("0.001");
    assertThat(Numbers.brief(-0.0001)).isEqualTo("0");
  }

  @Test
  void briefWritesThousandthsWithLeadingZerosAndSign() {
    assertThat(Numbers.brief(1.05)).isEqualTo("1.05");
    assertThat(Numbers.brief(0.001)).isEqualTo("0.001");
    assertThat(Numbers.brief(-0.5)).isEqualTo("-0.5");
    assertThat(Numbers.brief(-2.0)).isEqualTo("-2");
    assertThat(Numbers.brief(-0.0)).isEqualTo("0");
    // 0.0625 = 1/16 exactly: a true half of a thousandth, rounded to the even 0.062
    assertThat(Numbers.brief(0.0625)).isEqualTo("0.062");
    assertThat(Numbers.brief(0.1875)).isEqualTo("0.188");
    // beyond the fast path's range
    assertThat(Numbers.brief(1234567890.1236)).isEqualTo("1234567890.124");
    assertThat(Numbers.brief(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void decimalsWritesWholeUnitsOfTheLastPlace() {
    // -1250 thousandths = -1.250 → -1.25; 7 ten-thousandths = 0.0007; 30000 ten-thousandths = 3; 0 unsigned
    assertThat(Numbers.decimals(-1250, 3)).isEqualTo("-1.25");
    assertThat(Numbers.decimals(7, 4)).isEqualTo("0.0007");
    assertThat(Numbers.decimals(-7, 4)).isEqualTo("-0.0007");
    assertThat(Numbers.decimals(30_000, 4)).isEqualTo("3");
    assertThat(Numbers.decimals(123_456_789, 4)).isEqualTo("12345.6789");
    assertThat(Numbers.decimals(0, 4)).isEqualTo("0");
  }

  /** Every number, however it is written, reads as the exact value rounded half even to thousandths. */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void briefIsTheExactValueRoundedHalfEven(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      double magnitude = Math.pow(10, random.nextInt(14) - 4);
      double[] numbers = {
        random.nextDouble() * magnitude,
        -random.nextDouble() * magnitude,
        (random.nextInt(20_001) - 10_000) / 1000.0, // thousandths, as people type them
        (random.nextInt(20_001) - 10_000) / 16.0, // sixteenths: some exact halves of a thousandth
        (random.nextInt(20_001) - 10_000 + 0.5) / 1000.0, // near the halves
        Math.nextUp((random.nextInt(2001) + 0.5) / 1000.0),
        Math.nextDown((random.nextInt(2001) + 0.5) / 1000.0),
        Math.rint(random.nextDouble() * magnitude)
      };
      for (double number : numbers) {
        assertThat(Numbers.brief(number)).as("seed %d: %s", seed, number).isEqualTo(exactlyRounded(number));
      }
    }
  }

  /** The definition: BigDecimal of the exact binary value, half even to three decimals, trailing zeros dropped. */
  private static String exactlyRounded(double number) {
    BigDecimal rounded = new BigDecimal(number).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String text = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
