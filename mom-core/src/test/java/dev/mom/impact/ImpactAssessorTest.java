package dev.mom.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.ChangeLevels;
import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Organisation;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assessor on small data sets worked by hand. Every expected number is computed in the comment above
 * its test; the p-values, quantiles and statistics were cross-checked with SciPy 1.17
 * ({@code scipy.stats.ttest_rel}, {@code wilcoxon(zero_method="pratt", correction=True)}, {@code ttest_ind(
 * equal_var=False)}, {@code mannwhitneyu}, {@code t.isf}) and are asserted to 1e-9.
 */
class ImpactAssessorTest {

  /** A test model that tests from 4 pairs or values per wave, so the hand-worked samples stay small. */
  static final ImpactModel MODEL = ImpactModel.builder().minimumSampleSize(4).build();

  static final ImpactAssessor ASSESSOR = ImpactAssessor.of(MODEL, ChangeLevels.defaults());

  static final Scale TEN = Scale.of(0, 10);

  static final double TIGHT = 1e-9;

  static Outcome.Builder outcome(String id, SignificanceTest test) {
    return Outcome.builder().id(Id.of(id)).statement("Statement of " + id)
        .level(ChangeLevels.UNDERSTANDING_THE_CUSTOMER.id()).metric("Metric of " + id).scale(TEN)
        .direction(DesiredDirection.INCREASE).minimumDifference(0.5).test(test);
  }

  /** The values of one outcome, for units u1, u2, … in order. */
  static List<OutcomeMeasurement> values(String outcome, double... values) {
    List<OutcomeMeasurement> measurements = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      measurements.add(OutcomeMeasurement.builder().outcome(Id.of(outcome)).unit(Id.of("u" + (i + 1))).value(values[i])
          .source(EvidenceSource.SURVEY).function(Function.SALES).build());
    }
    return measurements;
  }

  @SafeVarargs
  static Wave wave(String id, List<OutcomeMeasurement>... measurements) {
    Wave.Builder wave = Wave.builder().id(Id.of(id)).name("Wave " + id);
    for (List<OutcomeMeasurement> list : measurements) {
      wave.addAllMeasurements(list);
    }
    return wave.build();
  }

  static Transformation.Builder transformation() {
    return Transformation.builder().id(Id.of("acme")).title("Acme")
        .organisation(Organisation.builder().id(Id.of("acme")).name("Acme").addFunction(Function.SALES).build());
  }

  static OutcomeImpact only(Transformation transformation) {
    ImpactAssessment assessment = ASSESSOR.assess(transformation);
    assertThat(assessment.outcomes()).hasSize(1);
    return assessment.outcomes().get(0);
  }

  static Transformation one(Outcome outcome, double[] baseline, double[] followUp) {
    String id = outcome.id().value();
    return transformation().addOutcome(outcome)
        .addWaves(wave("baseline", values(id, baseline)), wave("follow-up", values(id, followUp))).build();
  }

  static final double[] PAIRED_BASELINE = {2, 3, 3, 4, 2};
  static final double[] PAIRED_FOLLOW_UP = {4, 4, 3, 5, 4};

  /**
   * Five pairs, baseline 2 3 3 4 2 (mean 14/5 = 2.8, median 3), follow-up 4 4 3 5 4 (mean 4, median 4).
   * Differences d = 2 1 0 1 2: mean 6/5 = 1.2, median 1; deviations 0.8 −0.2 −1.2 −0.2 0.8, squares summing to
   * 2.8, so s_d² = 2.8/4 = 0.7 and s_d = √0.7 = 0.836660. Standard error s_d/√5 = 0.374166.
   * t = 1.2/0.374166 = 3.207135 on 4 degrees of freedom; two-sided p = 2·P(T₄ > 3.207135) = 0.0326779.
   * 95% interval: t(0.975, 4) = 2.776445, half-width 2.776445 × 0.374166 = 1.038851, so [0.161149, 2.238851].
   * d_z = 1.2/0.836660 = 1.434274: large (≥ 0.8). One outcome: Holm leaves p as it is; p < 0.05 and
   * 1.2 ≥ 0.5 in the desired direction: improved.
   */
  @Test
  void pairedTTestMatchesTheHandWorkedValues() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.PAIRED_T).build(), PAIRED_BASELINE,
        PAIRED_FOLLOW_UP));

    assertThat(result.design()).isEqualTo(StudyDesign.PAIRED);
    assertThat(result.n()).isEqualTo(5);
    assertThat(result.baseline().wave()).isEqualTo(Id.of("baseline"));
    assertThat(result.baseline().mean()).isCloseTo(2.8, within(TIGHT));
    assertThat(result.baseline().median()).isEqualTo(3.0);
    assertThat(result.followUp().mean()).isCloseTo(4.0, within(TIGHT));
    assertThat(result.followUp().median()).isEqualTo(4.0);
    assertThat(result.difference()).isCloseTo(1.2, within(TIGHT));
    assertThat(result.medianDifference()).isEqualTo(1.0);
    assertThat(result.differenceInterval()).hasValueSatisfying(ci -> {
      assertThat(ci.level()).isEqualTo(0.95);
      assertThat(ci.lower()).isCloseTo(0.16114936631643206, within(TIGHT));
      assertThat(ci.upper()).isCloseTo(2.238850633683568, within(TIGHT));
    });
    assertThat(result.effectSizeKind()).isEqualTo(EffectSizeKind.COHENS_D_Z);
    assertThat(result.effectSize().getAsDouble()).isCloseTo(1.4342743312012722, within(TIGHT));
    assertThat(result.effectSizeBand()).contains(EffectSizeBand.LARGE);
    assertThat(result.statistic().getAsDouble()).isCloseTo(3.2071349029490923, within(TIGHT));
    assertThat(result.degreesOfFreedom().getAsDouble()).isEqualTo(4.0);
    assertThat(result.pValue().getAsDouble()).isCloseTo(0.03267792333680301, within(TIGHT));
    assertThat(result.pValueMethod()).contains(PValueMethod.T_DISTRIBUTION);
    assertThat(result.continuityCorrection()).isFalse();
    assertThat(result.zeroDifferences()).isEqualTo(1);
    assertThat(result.adjustedPValue()).isEqualTo(result.pValue());
    assertThat(result.significant()).isTrue();
    assertThat(result.verdict()).isEqualTo(ImpactVerdict.IMPROVED);
    assertThat(result.reason()).isEqualTo("the mean rose by 1.2 (at least the 0.5 that matters, the desired "
        + "direction) and the change is significant: raw p = 0.0327, Holm-adjusted over 1 outcome p = 0.0327, "
        + "below alpha 0.05");
    assertThat(result.method()).isEqualTo("paired t test on the differences follow-up − baseline, two-sided, p "
        + "from Student's t distribution with 4 degrees of freedom");
    assertThat(result.notes()).isEmpty();
  }

  /**
   * The same pairs with the Wilcoxon signed-rank test. |d| = 2 1 0 1 2, ranked with the zero (Pratt): 0 → 1,
   * the two 1s → 2.5, the two 2s → 4.5. W+ = 2.5 + 2.5 + 4.5 + 4.5 = 14. With a zero and ties Commons
   * Statistics cannot use the exact distribution (though it was asked for, n ≤ 50) and uses the normal
   * approximation: n = 5, z = 1 zero, E[W+] = (5·6 − 1·2)/4 = 7; tie term c = (2³ − 2) + (2³ − 2) = 12;
   * Var = (5·6·11 − 1·2·3 − 12/2)/24 = 318/24 = 13.25; with the continuity correction
   * z = (14 − 7 − 0.5)/√13.25 = 1.785690, two-sided p = 0.0741499. Not below 0.05: no detectable change.
   */
  @Test
  void wilcoxonWithAZeroAndTiesUsesPrattsNormalApproximation() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.WILCOXON_SIGNED_RANK).build(),
        PAIRED_BASELINE, PAIRED_FOLLOW_UP));

    assertThat(result.statistic().getAsDouble()).isEqualTo(14.0);
    assertThat(result.pValue().getAsDouble()).isCloseTo(0.07414989773822228, within(TIGHT));
    assertThat(result.pValueMethod()).contains(PValueMethod.ASYMPTOTIC);
    assertThat(result.continuityCorrection()).isTrue();
    assertThat(result.tiedValues()).isTrue();
    assertThat(result.zeroDifferences()).isEqualTo(1);
    assertThat(result.degreesOfFreedom()).isEmpty();
    assertThat(result.effectSize().getAsDouble()).isCloseTo(1.4342743312012722, within(TIGHT));
    assertThat(result.verdict()).isEqualTo(ImpactVerdict.NO_DETECTABLE_CHANGE);
    assertThat(result.reason()).isEqualTo("not significant: raw p = 0.0741, Holm-adjusted over 1 outcome "
        + "p = 0.0741, not below alpha 0.05");
    assertThat(result.method()).isEqualTo("Wilcoxon signed-rank test on the differences follow-up − baseline, "
        + "two-sided, p from the normal approximation with tie correction and continuity correction (tied "
        + "absolute differences; 1 zero difference, ranked and left out of W+ (Pratt))");
  }

  /**
   * Six pairs with differences 3 1 4 −2 5 6: no ties, no zeros, so the exact distribution. Ranks of |d|:
   * 3 1 4 2 5 6; W+ = 3 + 1 + 4 + 5 + 6 = 19 and W− = 2. Of the 2⁶ = 64 equally likely sign patterns, those
   * with W− ≤ 2 are {}, {1} and {2}: P(W ≤ 2) = 3/64, two-sided p = 6/64 = 0.09375 exactly.
   */
  @Test
  void wilcoxonWithoutTiesOrZerosIsExact() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.WILCOXON_SIGNED_RANK).build(),
        new double[] {4, 5, 3, 6, 2, 1}, new double[] {7, 6, 7, 4, 7, 7}));

    assertThat(result.statistic().getAsDouble()).isEqualTo(19.0);
    assertThat(result.pValue().getAsDouble()).isEqualTo(0.09375);
    assertThat(result.pValueMethod()).contains(PValueMethod.EXACT);
    assertThat(result.continuityCorrection()).isFalse();
    assertThat(result.tiedValues()).isFalse();
    assertThat(result.method()).isEqualTo("Wilcoxon signed-rank test on the differences follow-up − baseline, "
        + "two-sided, exact p from the distribution of W+ (6 pairs, no ties, no zero differences)");
  }

  /**
   * Six positive differences 1 2 3 4 5 6: W+ = 21, W− = 0; only the empty set has W− ≤ 0, so two-sided
   * p = 2/64 = 0.03125: the smallest p six pairs can give, and below 0.05.
   */
  @Test
  void sixPairsAllImprovingIsTheSmallestExactWilcoxonPValue() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.WILCOXON_SIGNED_RANK).build(),
        new double[] {1, 1, 1, 1, 1, 1}, new double[] {2, 3, 4, 5, 6, 7}));

    assertThat(result.statistic().getAsDouble()).isEqualTo(21.0);
    assertThat(result.pValue().getAsDouble()).isEqualTo(0.03125);
    assertThat(result.verdict()).isEqualTo(ImpactVerdict.IMPROVED);
  }

  /**
   * Independent samples: follow-up 4 5 6 5 7 (n1 = 5, mean 5.4, median 5, s1² = 5.2/4 = 1.3), baseline 2 3 4 3
   * (n2 = 4, mean 3, median 3, s2² = 2/3). Difference 2.4; a = 1.3/5 = 0.26, b = (2/3)/4 = 1/6;
   * SE = √(0.26 + 1/6) = 0.653197; Welch t = 2.4/0.653197 = 3.674235;
   * ν = (a + b)²/(a²/4 + b²/3) = 0.182044/0.026159 = 6.959083; two-sided p = 0.00800192.
   * 95% interval: t(0.975, ν) = 2.367446, so 2.4 ± 1.546409 = [0.853591, 3.946409]. Pooled SD
   * √((4·1.3 + 3·2/3)/7) = √(7.2/7) = 1.014185; Cohen's d = 2.4/1.014185 = 2.366432, large.
   */
  @Test
  void welchTTestMatchesTheHandWorkedValues() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.WELCH_T).build(),
        new double[] {2, 3, 4, 3}, new double[] {4, 5, 6, 5, 7}));

    assertThat(result.design()).isEqualTo(StudyDesign.INDEPENDENT);
    assertThat(result.n()).isEqualTo(9);
    assertThat(result.baseline().n()).isEqualTo(4);
    assertThat(result.followUp().n()).isEqualTo(5);
    assertThat(result.followUp().standardDeviation().getAsDouble()).isCloseTo(Math.sqrt(1.3), within(TIGHT));
    assertThat(result.difference()).isCloseTo(2.4, within(TIGHT));
    assertThat(result.medianDifference()).isEqualTo(2.0);
    assertThat(result.statistic().getAsDouble()).isCloseTo(3.674234614174768, within(TIGHT));
    assertThat(result.degreesOfFreedom().getAsDouble()).isCloseTo(6.959082542828827, within(TIGHT));
    assertThat(result.pValue().getAsDouble()).isCloseTo(0.008001922858589364, within(TIGHT));
    assertThat(result.differenceInterval()).hasValueSatisfying(ci -> {
      assertThat(ci.lower()).isCloseTo(0.8535909914684159, within(TIGHT));
      assertThat(ci.upper()).isCloseTo(3.946409008531584, within(TIGHT));
    });
    assertThat(result.effectSizeKind()).isEqualTo(EffectSizeKind.COHENS_D);
    assertThat(result.effectSize().getAsDouble()).isCloseTo(2.3664319132398464, within(TIGHT));
    assertThat(result.zeroDifferences()).isZero();
    assertThat(result.verdict()).isEqualTo(ImpactVerdict.IMPROVED);
    assertThat(result.notes()).as("u1–u4 are in both waves").containsExactly("4 units are measured in both waves; "
        + "if they are the same respondents, the samples are not independent and a paired test fits better");
  }

  /**
   * Follow-up 5 6 7 8 against baseline 1 2 3 4: every follow-up value beats every baseline value, U = 4·4 = 16.
   * No ties, samples below 50: exact. Only 1 of the C(8, 4) = 70 equally likely splits is this extreme each
   * way: two-sided p = 2/70 = 0.0285714.
   */
  @Test
  void mannWhitneyWithoutTiesIsExact() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.MANN_WHITNEY_U).build(),
        new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8}));

    assertThat(result.statistic().getAsDouble()).isEqualTo(16.0);
    assertThat(result.pValue().getAsDouble()).isCloseTo(2.0 / 70, within(1e-15));
    assertThat(result.pValueMethod()).contains(PValueMethod.EXACT);
    assertThat(result.method()).isEqualTo("Mann–Whitney U test of the follow-up against the baseline, two-sided, "
        + "exact p from the distribution of U (samples of 4 and 4, no ties)");
  }

  /**
   * Follow-up 3 4 4 5 against baseline 2 3 3 4. Pooled and sorted: 2 3 3 3 4 4 4 5, ranks 1, 3 3 3, 6 6 6, 8.
   * Follow-up ranks 3 + 6 + 6 + 8 = 23, U = 23 − 4·5/2 = 13; E[U] = 8. Ties rule out the exact
   * distribution: tie term c = 2·(3³ − 3) = 48, N = 8, Var = (16/12)·(9 − 48/(8·7)) = 10.857143;
   * z = (13 − 8 − 0.5)/3.295018 = 1.365700, two-sided p = 0.1720337.
   */
  @Test
  void mannWhitneyWithTiesUsesTheTieCorrectedNormalApproximation() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.MANN_WHITNEY_U).build(),
        new double[] {2, 3, 3, 4}, new double[] {3, 4, 4, 5}));

    assertThat(result.statistic().getAsDouble()).isEqualTo(13.0);
    assertThat(result.pValue().getAsDouble()).isCloseTo(0.1720337089218229, within(TIGHT));
    assertThat(result.pValueMethod()).contains(PValueMethod.ASYMPTOTIC);
    assertThat(result.tiedValues()).isTrue();
    assertThat(result.continuityCorrection()).isTrue();
    assertThat(result.verdict()).isEqualTo(ImpactVerdict.NO_DETECTABLE_CHANGE);
  }

  /**
   * Holm (1979), worked by hand: p = 0.01, 0.04, 0.03, 0.005 sorted is 0.005, 0.01, 0.03, 0.04; multiplied by
   * 4, 3, 2, 1: 0.02, 0.03, 0.06, 0.04; made monotone: 0.02, 0.03, 0.06, 0.06. Back in input order:
   * 0.03, 0.06, 0.06, 0.02 (R's {@code p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")} gives the same).
   * Equal p-values keep their order: 0.02, 0.02 become 0.04 (× 2) and max(0.04, 0.02) = 0.04. Products
   * above 1 are capped: 0.6, 0.7 give 1, 1.
   */
  @Test
  void holmAdjustmentMatchesTheTextbook() {
    assertThat(Samples.holm(new double[] {0.01, 0.04, 0.03, 0.005}))
        .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    assertThat(Samples.holm(new double[] {0.02, 0.02})).containsExactly(0.04, 0.04);
    assertThat(Samples.holm(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
    assertThat(Samples.holm(new double[0])).isEmpty();
  }

  /**
   * Two outcomes tested together: the paired t test above (p = 0.0326779) and the exact Wilcoxon test on six
   * improving pairs (p = 0.03125). Sorted: 0.03125 × 2 = 0.0625, then max(0.0625, 0.0326779 × 1) = 0.0625. Both
   * adjusted p-values are 0.0625, not below 0.05: neither is significant any more, although each is alone.
   * A third outcome with too few pairs is not tested and not in the family.
   */
  @Test
  void holmAdjustsAcrossTheTestedOutcomesOnly() {
    Transformation transformation = transformation()
        .addOutcomes(outcome("a", SignificanceTest.PAIRED_T).build(),
            outcome("b", SignificanceTest.WILCOXON_SIGNED_RANK).build(),
            outcome("c", SignificanceTest.PAIRED_T).build())
        .addWaves(wave("baseline", values("a", PAIRED_BASELINE), values("b", 1, 1, 1, 1, 1, 1), values("c", 1, 2, 3)),
            wave("follow-up", values("a", PAIRED_FOLLOW_UP), values("b", 2, 3, 4, 5, 6, 7), values("c", 2, 4, 3)))
        .build();

    ImpactAssessment assessment = ASSESSOR.assess(transformation);

    assertThat(assessment.familySize()).isEqualTo(2);
    assertThat(assessment.outcomes().get(0).adjustedPValue().getAsDouble()).isCloseTo(0.0625, within(1e-15));
    assertThat(assessment.outcomes().get(1).adjustedPValue().getAsDouble()).isCloseTo(0.0625, within(1e-15));
    assertThat(assessment.outcomes().get(2).adjustedPValue()).isEmpty();
    assertThat(assessment.outcomes()).extracting(OutcomeImpact::verdict).containsExactly(
        ImpactVerdict.NO_DETECTABLE_CHANGE, ImpactVerdict.NO_DETECTABLE_CHANGE, ImpactVerdict.INSUFFICIENT_DATA);
    assertThat(assessment.outcomes().get(1).reason()).isEqualTo("not significant: raw p = 0.0313, Holm-adjusted "
        + "over 2 outcomes p = 0.0625, not below alpha 0.05");
  }

  /** Three pairs, below the test model's minimum of 4: not tested, so never significant, whatever the data. */
  @Test
  void tooFewPairsAreInsufficientDataAndNotTested() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.PAIRED_T).build(), new double[] {1, 2, 3},
        new double[] {9, 9, 10}));

    assertThat(result.verdict()).isEqualTo(ImpactVerdict.INSUFFICIENT_DATA);
    assertThat(result.reason()).isEqualTo("not tested: 3 pairs, below the playbook's minimum sample size of 4");
    assertThat(result.pValue()).isEmpty();
    assertThat(result.adjustedPValue()).isEmpty();
    assertThat(result.statistic()).isEmpty();
    assertThat(result.significant()).isFalse();
    assertThat(result.method()).isEqualTo("paired t test, two-sided; not run (3 pairs)");
    // the descriptive numbers are still there: d = 8 7 7, mean 22/3
    assertThat(result.difference()).isCloseTo(22.0 / 3, within(TIGHT));
    assertThat(result.effectSize()).isPresent();
  }

  /** An independent design counts the smaller wave: 4 and 3 values, below 4. */
  @Test
  void tooFewValuesInOneWaveAreInsufficientData() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.MANN_WHITNEY_U).build(),
        new double[] {1, 2, 3, 4}, new double[] {5, 6, 7}));

    assertThat(result.verdict()).isEqualTo(ImpactVerdict.INSUFFICIENT_DATA);
    assertThat(result.reason()).isEqualTo("not tested: 3 values in the smaller wave, below the playbook's minimum "
        + "sample size of 4");
  }

  /**
   * Every pair changed by exactly +1: s_d = 0, so t = 1/0 and d_z = 1/0 are undefined. Nothing is reported as
   * infinite: the p-value, interval and effect size are absent with the reason, and the verdict is
   * insufficient data (the Wilcoxon test, defined here, is suggested).
   */
  @Test
  void identicalDifferencesLeaveThePairedTTestUndefined() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.PAIRED_T).build(), new double[] {1, 2, 3, 4},
        new double[] {2, 3, 4, 5}));

    assertThat(result.verdict()).isEqualTo(ImpactVerdict.INSUFFICIENT_DATA);
    assertThat(result.reason()).isEqualTo("the paired t test is undefined: every pair changed by the same 1; the "
        + "wilcoxon-signed-rank test is defined for such data");
    assertThat(result.pValue()).isEmpty();
    assertThat(result.effectSize()).isEmpty();
    assertThat(result.effectSizeBand()).isEmpty();
    assertThat(result.differenceInterval()).isEmpty();
    assertThat(result.difference()).isEqualTo(1.0);
    assertThat(result.notes()).containsExactly(
        "every pair changed by the same 1: the differences have no spread, so there is no interval and no effect "
            + "size d_z", result.reason());
  }

  /**
   * The same pairs with the Wilcoxon test: d = 1 1 1 1, all tied, no zeros. Ranks 2.5 each, W+ = 10, E = 5,
   * c = 4³ − 4 = 60, Var = (4·5·9 − 60/2)/24 = 150/24 = 6.25; z = (10 − 5 − 0.5)/2.5 = 1.8, p = 2·P(Z > 1.8) = 0.0718606.
   */
  @Test
  void identicalDifferencesAreTestableByWilcoxon() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.WILCOXON_SIGNED_RANK).build(),
        new double[] {1, 2, 3, 4}, new double[] {2, 3, 4, 5}));

    assertThat(result.statistic().getAsDouble()).isEqualTo(10.0);
    assertThat(result.pValue().getAsDouble()).isCloseTo(0.07186063822585158, within(TIGHT));
    assertThat(result.verdict()).isEqualTo(ImpactVerdict.NO_DETECTABLE_CHANGE);
  }

  /** No pair changed at all: every test is undefined, and the verdict says nothing changed. */
  @Test
  void noChangeAtAllIsNoDetectableChange() {
    for (SignificanceTest test : SignificanceTest.values()) {
      OutcomeImpact result = only(one(outcome("o1", test).build(), new double[] {3, 3, 3, 3},
          new double[] {3, 3, 3, 3}));

      assertThat(result.verdict()).as(test.id()).isEqualTo(ImpactVerdict.NO_DETECTABLE_CHANGE);
      assertThat(result.pValue()).as(test.id()).isEmpty();
      assertThat(result.reason()).as(test.id()).endsWith(": nothing changed");
    }
  }

  /**
   * The paired t test of the first test is significant (p = 0.0327), but the outcome only counts a rise of
   * at least 1.5 as mattering, and 1.2 is less.
   */
  @Test
  void aSignificantChangeBelowTheMinimumThatMattersIsNoDetectableChange() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.PAIRED_T).minimumDifference(1.5).build(),
        PAIRED_BASELINE, PAIRED_FOLLOW_UP));

    assertThat(result.significant()).isTrue();
    assertThat(result.verdict()).isEqualTo(ImpactVerdict.NO_DETECTABLE_CHANGE);
    assertThat(result.reason()).isEqualTo("significant (raw p = 0.0327, Holm-adjusted over 1 outcome p = 0.0327, "
        + "below alpha 0.05), but the difference of means 1.2 is smaller than the 1.5 that matters");
  }

  /** Lower is better here, and the metric rose significantly: worsened. */
  @Test
  void aSignificantChangeAgainstTheDesiredDirectionIsWorsened() {
    OutcomeImpact result = only(one(outcome("o1", SignificanceTest.PAIRED_T).direction(DesiredDirection.DECREASE)
        .build(), PAIRED_BASELINE, PAIRED_FOLLOW_UP));

    assertThat(result.verdict()).isEqualTo(ImpactVerdict.WORSENED);
    assertThat(result.reason()).startsWith("the mean rose by 1.2 (at least the 0.5 that matters, against the "
        + "desired direction)");
  }

  @Test
  void theAttributionViewListsConceptsInTheOrderFirstNamedWithTheCaveat() {
    UnintendedConsequence okrs = UnintendedConsequence.builder().id(Id.of("okr-redesign"))
        .statement("OKRs were redesigned").level(ChangeLevels.CUSTOMER_CENTRIC_ORGANISATION.id())
        .valence(Valence.POSITIVE).addConcepts(Id.of("listen-and-tell"), Id.of("cpi-board"))
        .addEvidence(ConsequenceEvidence.builder().source(EvidenceSource.DOCUMENT_REVIEW)
            .description("The 2021 OKRs name customer KPIs").build())
        .build();
    Transformation transformation = transformation()
        .addOutcomes(outcome("a", SignificanceTest.PAIRED_T).addConcepts(Id.of("product-2-0"), Id.of("listen-and-tell"))
                .build(),
            outcome("b", SignificanceTest.PAIRED_T).addConcepts(Id.of("listen-and-tell")).build())
        .addWaves(wave("baseline", values("a", PAIRED_BASELINE), values("b", 1, 2, 3)),
            wave("follow-up", values("a", PAIRED_FOLLOW_UP), values("b", 1, 2, 3)))
        .addUnintendedConsequences(okrs)
        .build();

    ImpactAssessment assessment = ASSESSOR.assess(transformation);

    assertThat(assessment.concepts()).extracting(ConceptImpact::concept)
        .containsExactly(Id.of("product-2-0"), Id.of("listen-and-tell"), Id.of("cpi-board"));
    ConceptImpact listen = assessment.concepts().get(1);
    assertThat(listen.outcomes()).containsExactly(
        OutcomeVerdict.builder().outcome(Id.of("a")).verdict(ImpactVerdict.IMPROVED).build(),
        OutcomeVerdict.builder().outcome(Id.of("b")).verdict(ImpactVerdict.INSUFFICIENT_DATA).build());
    assertThat(listen.unintendedConsequences()).containsExactly(Id.of("okr-redesign"));
    assertThat(listen.summary()).isEqualTo("of 2 outcomes it was meant to move: 1 improved, 1 insufficient data; "
        + "named in 1 unintended consequence");
    assertThat(assessment.concepts().get(0).summary()).isEqualTo("of 1 outcome it was meant to move: 1 improved");
    assertThat(assessment.concepts().get(2).summary())
        .isEqualTo("no outcome names it; named in 1 unintended consequence");
    assertThat(assessment.caveat()).isEqualTo(ImpactAssessor.CAVEAT).contains("not a causal claim");
    assertThat(assessment.unintendedConsequences()).containsExactly(okrs);
  }

  @Test
  void aSingleWaveUnknownLevelsAndUnpairedUnitsAreProblemsWithPointers() {
    Outcome paired = outcome("a", SignificanceTest.PAIRED_T).level(Id.of("understanding-the-customers")).build();
    Outcome single = outcome("b", SignificanceTest.WELCH_T).build();
    Outcome none = outcome("c", SignificanceTest.WELCH_T).build();
    List<OutcomeMeasurement> followUp = new ArrayList<>(values("a", 1, 2, 3));
    followUp.set(1, OutcomeMeasurement.copyOf(followUp.get(1)).withUnit(Id.of("u9")));
    Transformation transformation = transformation().addOutcomes(paired, single, none)
        .addWaves(wave("baseline", values("a", 1, 2, 3), values("b", 1, 2)), wave("follow-up", followUp))
        .build();

    List<InputProblem> problems = ASSESSOR.check(transformation);

    assertThat(problems).extracting(InputProblem::toString).containsExactly(
        "/outcomes/0/level: unknown change level 'understanding-the-customers' (did you mean "
            + "'understanding-the-customer'?)",
        "/waves/0/measurements/1/unit: unit 'u2' has no measurement of outcome 'a' in wave 'follow-up'; the paired "
            + "t test pairs every unit's baseline and follow-up values (for different samples choose welch-t or "
            + "mann-whitney-u)",
        "/waves/1/measurements/1/unit: unit 'u9' has no measurement of outcome 'a' in wave 'baseline'; the paired "
            + "t test pairs every unit's baseline and follow-up values (for different samples choose welch-t or "
            + "mann-whitney-u)",
        "/outcomes/1: outcome 'b' is measured in a single wave ('baseline'); it needs a baseline and a later "
            + "follow-up wave",
        "/outcomes/2: outcome 'c' has no measurements");
    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
        () -> ASSESSOR.assess(transformation));
    assertThat(thrown.problems()).isEqualTo(problems);
  }

  @Test
  void aSingleWaveOrNoOutcomesCannotBeAssessed() {
    Outcome outcome = outcome("a", SignificanceTest.PAIRED_T).build();
    Transformation singleWave = transformation().addOutcome(outcome).addWaves(wave("baseline", values("a", 1, 2)))
        .build();

    assertThat(ASSESSOR.check(singleWave)).extracting(InputProblem::toString).containsExactly(
        "/waves: a single wave ('baseline'): the impact assessment compares a baseline wave with a later "
            + "follow-up wave");
    assertThat(ASSESSOR.check(transformation().addOutcome(outcome).build())).extracting(InputProblem::toString)
        .containsExactly("/waves: no measurement waves: the impact assessment compares a baseline wave with a "
            + "later follow-up wave");
    assertThat(ASSESSOR.check(transformation().build())).extracting(InputProblem::toString)
        .containsExactly("(document): no outcomes to assess: the transformation has no outcomes");
  }

  @Test
  void anUnknownLevelOfAnUnintendedConsequenceIsAProblem() {
    Transformation transformation = one(outcome("a", SignificanceTest.PAIRED_T).build(), PAIRED_BASELINE,
        PAIRED_FOLLOW_UP).withUnintendedConsequences(UnintendedConsequence.builder().id(Id.of("x"))
        .statement("Something").level(Id.of("nowhere")).valence(Valence.NEGATIVE).build());

    assertThat(ASSESSOR.check(transformation)).extracting(InputProblem::toString).containsExactly(
        "/unintendedConsequences/0/level: unknown change level 'nowhere'; the playbook has "
            + "understanding-the-customer, customer-centric-product-development, customer-centric-innovation, "
            + "customer-centric-organisation");
  }

  /** The measurements' order within a wave changes nothing: values are taken by unit id. */
  @Test
  void theOrderOfMeasurementsChangesNothing() {
    Transformation original = one(outcome("a", SignificanceTest.WELCH_T).build(), new double[] {2, 3, 4, 3},
        new double[] {4, 5, 6, 5, 7});
    List<OutcomeMeasurement> reversed = new ArrayList<>(original.waves().get(1).measurements());
    java.util.Collections.reverse(reversed);
    Transformation shuffled = original.withWaves(original.waves().get(0),
        original.waves().get(1).withMeasurements(reversed));

    assertThat(ASSESSOR.assess(shuffled)).isEqualTo(ASSESSOR.assess(original));
  }
}
