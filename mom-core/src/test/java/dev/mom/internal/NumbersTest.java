package dev.mom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
