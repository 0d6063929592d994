package dev.mom.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

/**
 * Pins the behaviour of Apache Commons Statistics 1.2 that the impact engine relies on or guards against,
 * so that an upgrade that changes it fails here first. Expected values are worked by hand in
 * {@link ImpactAssessorTest}.
 */
class CommonsStatisticsBehaviourTest {

  @Test
  void wilcoxonRejectsDataWhereEveryDifferenceIsZero() {
    assertThatThrownBy(() -> WilcoxonSignedRankTest.withDefaults().test(new double[] {1, 2}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero");
  }

  /** Asked for the exact p-value, it falls back to the normal approximation when there is a zero difference. */
  @Test
  void wilcoxonFallsBackFromExactWithZeroDifferences() {
    WilcoxonSignedRankTest.Result result = WilcoxonSignedRankTest.withDefaults().with(PValueMethod.EXACT)
        .test(ImpactAssessorTest.PAIRED_FOLLOW_UP, ImpactAssessorTest.PAIRED_BASELINE);

    assertThat(result.hasZeroValues()).isTrue();
    assertThat(result.hasTiedValues()).isTrue();
    // Pratt: the zero is ranked (rank 1) but not in W+ = 2.5 + 2.5 + 4.5 + 4.5
    assertThat(result.getStatistic()).isEqualTo(14.0);
    assertThat(result.getPValue()).isCloseTo(0.07414989773822228, within(1e-12));
  }

  /** The zero difference alone, without ties among the others, already rules out the exact p-value. */
  @Test
  void wilcoxonZeroWithoutTiesIsStillAsymptotic() {
    // d = 0, 1, 2, 3: ranks 1, 2, 3, 4 (no ties); exact would be 2 × 1/16 = 0.125 on the three non-zero
    WilcoxonSignedRankTest.Result result = WilcoxonSignedRankTest.withDefaults().with(PValueMethod.EXACT)
        .test(new double[] {0, 1, 2, 3}, new double[] {0, 0, 0, 0});

    assertThat(result.hasZeroValues()).isTrue();
    assertThat(result.hasTiedValues()).isFalse();
    assertThat(result.getStatistic()).isEqualTo(9.0);
    // n = 4, z = 1: E = (20 − 2)/4 = 4.5, Var = (180 − 6)/24 = 7.25, z = (9 − 4.5 − 0.5)/√7.25 = 1.485563, p = 2 × 0.0686974
    assertThat(result.getPValue()).isCloseTo(2 * 0.0686974129279004, within(1e-12));
  }

  /** Identical values in both samples: the tie-corrected variance is 0 and the p-value is NaN. */
  @Test
  void mannWhitneyGivesNaNWhenEveryValueIsTheSame() {
    MannWhitneyUTest.Result result = MannWhitneyUTest.withDefaults()
        .test(new double[] {3, 3, 3}, new double[] {3, 3, 3});

    assertThat(result.getPValue()).isNaN();
  }

  /** Differences without spread: t = 1/0 is infinite and p is 0; the engine must not run the test. */
  @Test
  void pairedTOnIdenticalDifferencesGivesAnInfiniteStatistic() {
    TTest.Result result = TTest.withDefaults().pairedTest(new double[] {2, 3, 4}, new double[] {1, 2, 3});

    assertThat(result.getStatistic()).isInfinite();
    assertThat(result.getPValue()).isZero();
  }

  /** The default t test is Welch's (heteroscedastic), and its sign follows the first sample minus the second. */
  @Test
  void theDefaultTwoSampleTTestIsWelchs() {
    TTest.Result result = TTest.withDefaults().test(new double[] {4, 5, 6, 5, 7}, new double[] {2, 3, 4, 3});

    assertThat(result.getDegreesOfFreedom()).isCloseTo(6.959082542828827, within(1e-12));
    assertThat(result.getStatistic()).isPositive();
  }

  /** Mann–Whitney's statistic is U of the first sample; the exact p-value is symmetric in the samples. */
  @Test
  void mannWhitneyStatisticIsThatOfTheFirstSample() {
    MannWhitneyUTest test = MannWhitneyUTest.withDefaults().with(PValueMethod.EXACT);
    double[] high = {5, 6, 7, 8};
    double[] low = {1, 2, 3, 4};

    assertThat(test.test(high, low).getStatistic()).isEqualTo(16.0);
    assertThat(test.test(low, high).getStatistic()).isEqualTo(0.0);
    assertThat(test.test(low, high).getPValue()).isEqualTo(test.test(high, low).getPValue());
  }

  /**
   * Commons Statistics ranks {@code -0.0} below {@code 0.0} instead of tying them, so the engine folds
   * {@code -0.0} into {@code 0.0} before testing (found by the shift property: {@code -0.0 + 7 == 0.0 + 7}).
   */
  @Test
  void mannWhitneyDoesNotTieMinusZeroWithZero() {
    MannWhitneyUTest test = MannWhitneyUTest.withDefaults().with(PValueMethod.EXACT);

    assertThat(test.test(new double[] {-0.0, 1}, new double[] {0.0, 2}).hasTiedValues()).isFalse();
    assertThat(test.test(new double[] {0.0, 1}, new double[] {0.0, 2}).hasTiedValues()).isTrue();
  }

  /** The engine's view of the same data: a -0 tied with a 0, whatever the sign of the zero. */
  @Test
  void theEngineTiesMinusZeroWithZero() {
    OutcomeImpact minusZero = ImpactAssessorTest.only(ImpactAssessorTest.one(
        ImpactAssessorTest.outcome("o", SignificanceTest.MANN_WHITNEY_U).build(), new double[] {-0.0, 1, 2, 3},
        new double[] {0.0, 4, 5, 6}));

    assertThat(minusZero.tiedValues()).isTrue();
    assertThat(minusZero.baseline().median()).isEqualTo(1.5);
  }
}
