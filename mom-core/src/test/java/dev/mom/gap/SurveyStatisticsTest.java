package dev.mom.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.Scale;
import org.junit.jupiter.api.Test;

/** r_wg (James, Demaree and Wolf) on ratings worked by hand. */
class SurveyStatisticsTest {

  private static final double EPS = 1e-12;

  /** 4 4 5 5 on 1–5: mean 4.5, s² = 4 × 0.25 / 3 = 1/3; σ² = (5² − 1) / 12 = 2; r_wg = 1 − (1/3) / 2 = 5/6. */
  @Test
  void fivePointRatingsThatMostlyAgree() {
    assertThat(SurveyStatistics.rwg(new double[] {4, 4, 5, 5}, Scale.agreement5()).getAsDouble())
        .isCloseTo(5.0 / 6, within(EPS));
  }

  /** 2 3 4 4 5 on 1–5: s² = 5.2 / 4 = 1.3; r_wg = 1 − 1.3 / 2 = 0.35. */
  @Test
  void fivePointRatingsThatSpread() {
    assertThat(SurveyStatistics.rwg(new double[] {4, 2, 5, 3, 4}, Scale.agreement5()).getAsDouble())
        .isCloseTo(0.35, within(EPS));
  }

  /**
   * 1 5 1 5 on 1–5: mean 3, s² = 4 × 4 / 3 = 16/3 ≈ 5.33, more than a uniform answer's 2 (the ratings are
   * split into two camps): the observed variance is truncated at 2 and r_wg is 0, never negative.
   */
  @Test
  void varianceAboveTheUniformNullIsTruncated() {
    assertThat(SurveyStatistics.rwg(new double[] {1, 5, 1, 5}, Scale.agreement5())).hasValue(0.0);
  }

  /** 5 6 7 8 9 on 0–10, 11 points: s² = 10 / 4 = 2.5; σ² = (11² − 1) / 12 = 10; r_wg = 0.75. */
  @Test
  void elevenPointScale() {
    assertThat(SurveyStatistics.rwg(new double[] {9, 8, 7, 6, 5}, Scale.of(0, 10)).getAsDouble())
        .isCloseTo(0.75, within(EPS));
  }

  /**
   * 0.2 and 0.3 on the continuous scale 0–0.5: s² = 2 × 0.05² / 1 = 0.005; σ² = 0.5² / 12 = 1/48; r_wg =
   * 1 − 0.005 × 48 = 0.76.
   */
  @Test
  void continuousScaleUsesRangeSquaredOverTwelve() {
    assertThat(SurveyStatistics.rwg(new double[] {0.2, 0.3}, Scale.of(0, 0.5)).getAsDouble())
        .isCloseTo(0.76, within(EPS));
  }

  @Test
  void fullAgreementIsOne() {
    assertThat(SurveyStatistics.rwg(new double[] {3, 3, 3}, Scale.agreement5())).hasValue(1.0);
  }

  @Test
  void undefinedForFewerThanTwoRatings() {
    assertThat(SurveyStatistics.rwg(new double[] {4}, Scale.agreement5())).isEmpty();
    assertThat(SurveyStatistics.rwg(new double[] {}, Scale.agreement5())).isEmpty();
  }

  @Test
  void finiteOnTheWidestScale() {
    Scale widest = Scale.of(-Double.MAX_VALUE / 2, Double.MAX_VALUE / 2);
    assertThat(SurveyStatistics.rwg(new double[] {widest.min(), widest.max(), 0}, widest).getAsDouble())
        .isBetween(0.0, 1.0);
  }

  /** The largest group within 0.1: 0.1 0.15 0.2 (0.1 apart) beats 0.5 0.55. */
  @Test
  void largestAgreeingGroup() {
    assertThat(SurveyStatistics.largestAgreeingGroup(new double[] {0.55, 0.1, 0.5, 0.2, 0.15}, 0.1)).isEqualTo(3);
    assertThat(SurveyStatistics.largestAgreeingGroup(new double[] {0.3}, 0.1)).isEqualTo(1);
  }
}
