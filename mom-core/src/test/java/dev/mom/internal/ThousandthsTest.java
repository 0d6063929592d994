package dev.mom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThousandthsTest {

  /** What {@link Thousandths#text(double)} promises: the BigDecimal text of the exact value. */
  private static String expected(double value) {
    return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  @Test
  void roundsHalfEvenOnTheExactValue() {
    assertThat(Thousandths.text(1.0 / 3)).isEqualTo("0.333");
    assertThat(Thousandths.text(2.0 / 3)).isEqualTo("0.667");
    assertThat(Thousandths.text(0.5)).isEqualTo("0.5");
    assertThat(Thousandths.text(3.0)).isEqualTo("3");
    assertThat(Thousandths.text(1200.0)).isEqualTo("1200");
    assertThat(Thousandths.text(0.05)).isEqualTo("0.05");
    assertThat(Thousandths.text(0.007)).isEqualTo("0.007");
    assertThat(Thousandths.text(-2.5)).isEqualTo("-2.5");
    // 0.0625 = 1/16 is exactly halfway between 0.062 and 0.063: to the even 0.062; 0.1875 = 3/16 to 0.188
    assertThat(Thousandths.text(0.0625)).isEqualTo("0.062");
    assertThat(Thousandths.text(0.1875)).isEqualTo("0.188");
    assertThat(Thousandths.text(-0.0625)).isEqualTo("-0.062");
    // 0.0005 is stored as 0.000500000000000000010408…, just above the half: rounds up
    assertThat(Thousandths.text(0.0005)).isEqualTo("0.001");
    // 0.2345 is stored as 0.23449999999999998623…, just below the half: rounds down
    assertThat(Thousandths.text(0.2345)).isEqualTo("0.234");
    assertThat(Thousandths.text(-0.0001)).isEqualTo("0");
    assertThat(Thousandths.text(-0.0)).isEqualTo("0");
    assertThat(Thousandths.text(0.9996)).isEqualTo("1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, 4.9e-324, 1e-300, 0.0625, 0.3125, 0.5625, 0.8125, 0.9375, 1.0005, 2.0005,
      2.0015, 2.0025, 999_999.9995, 1e11 + 0.0625, 999_999_999_999.9375, 1e12, -1e12 - 0.5, 1.2e15, 1e300,
      Double.MAX_VALUE, -Double.MAX_VALUE, 123_456.789_5})
  void edgesMatchBigDecimal(double value) {
    assertThat(Thousandths.text(value)).as("value %s", value).isEqualTo(expected(value));
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void randomValuesMatchBigDecimal(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 100_000; i++) {
      double value;
      switch (i % 4) {
        case 0:
          value = random.nextDouble();
          break;
        case 1:
          // near a half of a thousandth: k/1000 + 1/2000 with a few ulps either way
          value = (random.nextInt(2_000_000) - 1_000_000) / 1000.0 + 0.0005;
          value = Math.nextAfter(value, random.nextBoolean() ? Double.POSITIVE_INFINITY : 0);
          break;
        case 2:
          // exact ties: odd multiples of 1/16, 1/32, ... up to 1/2^12
          value = (2 * random.nextInt(1 << 20) + 1) / (double) (1L << (4 + random.nextInt(9)));
          break;
        default:
          value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16) - 3);
          break;
      }
      assertThat(Thousandths.text(value)).as("seed %d, value %s", seed, value).isEqualTo(expected(value));
    }
  }
}
