package dev.mom.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.ChangeLevel;
import dev.mom.model.EvidenceSource;
import dev.mom.model.FocusArea;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Organisation;
import dev.mom.model.Scale;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gap scorer on a small model worked by hand: two focus areas (a, b), two levels (l1, l2), four
 * indicators, one of them unmeasured, 14 measurements.
 *
 * <pre>
 * i1  area a, level l1, dimension d1, 1–5, higher is better, weight 3, mean,    target 4
 * i2  area b, level l1,               1–5, lower is better,  weight 1, mean,    target 2
 * i3  area a, level l2, dimension d1, 0–10, higher is better, weight 1, share >= 7, target 0.8
 * i4  area b, level l2,               1–5, higher is better, weight 1, median,  target 4 (not measured)
 * </pre>
 */
class GapScorerTest {

  static final double EPS = 1e-12;
  static final Function SALES = Function.SALES;
  static final Function ENGINEERING = Function.ENGINEERING;

  static final FocusArea A = FocusArea.of(Id.of("a"), "Area A");
  static final FocusArea B = FocusArea.of(Id.of("b"), "Area B");
  static final ChangeLevel L1 = ChangeLevel.of(Id.of("l1"), "Level one", 1);
  static final ChangeLevel L2 = ChangeLevel.of(Id.of("l2"), "Level two", 2);

  static Indicator.Builder indicator(String id, FocusArea area, ChangeLevel level) {
    return Indicator.builder().id(Id.of(id)).statement("Statement " + id).focusArea(area.id()).level(level.id())
        .scale(Scale.agreement5()).idealFrom(IdealSource.TARGET);
  }

  static final GapModel MODEL = GapModel.builder()
      .addDimensions(Dimension.of("d1", "Dimension one"))
      .addIndicators(
          indicator("i1", A, L1).dimension(Id.of("d1")).weight(3).target(4).build(),
          indicator("i2", B, L1).direction(Direction.LOWER_IS_BETTER).target(2).build(),
          indicator("i3", A, L2).dimension(Id.of("d1")).scale(Scale.of(0, 10))
              .aggregation(Aggregation.SHARE_AT_OR_ABOVE).cutOff(7).target(0.8).build(),
          indicator("i4", B, L2).aggregation(Aggregation.MEDIAN).target(4).build())
      .minimumMeasurements(3)
      .minimumGroupSize(2)
      .build();

  // the levels are given highest first: the scorer orders them by rank
  static final GapScorer SCORER = GapScorer.of(MODEL, List.of(A, B), List.of(L2, L1));

  static final Organisation ORGANISATION = Organisation.builder().id(Id.of("acme")).name("Acme")
      .addFunctions(SALES, ENGINEERING, Function.PRODUCT, Function.EXECUTIVE).build();

  static Measurement survey(String indicator, String respondent, Function function, double value) {
    return Measurement.builder().indicator(Id.of(indicator)).sourceKind(EvidenceSource.SURVEY)
        .source(Id.of(respondent)).function(function).value(value).build();
  }

  static Measurement other(String indicator, EvidenceSource kind, String source, double value) {
    return Measurement.builder().indicator(Id.of(indicator)).sourceKind(kind).source(Id.of(source)).value(value)
        .build();
  }

  static Transformation.Builder transformation() {
    return Transformation.builder().id(Id.of("acme")).title("Acme").organisation(ORGANISATION);
  }

  static final Strategy STRATEGY = Strategy.builder().id(Id.of("s2021")).title("Strategy 2021")
      .addObjectives(
          StrategicObjective.builder().id(Id.of("o1")).statement("Decide on data").addIndicator(Id.of("i1")).build(),
          StrategicObjective.builder().id(Id.of("o2")).statement("Area A first").weight(2).addFocusArea(A.id())
              .build(),
          StrategicObjective.builder().id(Id.of("o3")).statement("Reach level two").addChangeLevel(L2.id()).build())
      .build();

  /**
   * i1: survey p1 (sales) 4, p2 (sales) 3, p3 (engineering) 5, p4 (engineering) 4, interview s1 2.
   * i2: survey p1 1, p2 2, p3 1, p4 2.
   * i3: survey p1 9, p2 7, p3 5 (engineering), observation m1 8, document review doc1 6.
   */
  static Transformation acme() {
    return transformation()
        .addMeasurements(survey("i1", "p1", SALES, 4), survey("i1", "p2", SALES, 3), survey("i1", "p3", ENGINEERING, 5),
            survey("i1", "p4", ENGINEERING, 4), other("i1", EvidenceSource.INTERVIEW, "s1", 2))
        .addMeasurements(survey("i2", "p1", SALES, 1), survey("i2", "p2", SALES, 2), survey("i2", "p3", ENGINEERING, 1),
            survey("i2", "p4", ENGINEERING, 2))
        .addMeasurements(survey("i3", "p1", SALES, 9), survey("i3", "p2", SALES, 7), survey("i3", "p3", ENGINEERING, 5),
            other("i3", EvidenceSource.OBSERVATION, "m1", 8), other("i3", EvidenceSource.DOCUMENT_REVIEW, "doc1", 6))
        .strategy(STRATEGY)
        .build();
  }

  static IndicatorGap gap(GapReport report, String id) {
    return report.indicators().stream().filter(g -> g.indicator().value().equals(id)).findFirst().orElseThrow();
  }

  /**
   * i1, values 2 3 4 4 5, normalised on 1–5 (x − 1) / 4: 0.25 0.5 0.75 0.75 1, mean 3.25 / 5 = 0.65, so
   * current = 1 + 4 × 0.65 = 3.6; target 4 normalises to 0.75. Gap 4 − 3.6 = 0.4, normalised 0.75 − 0.65 =
   * 0.1 = shortfall: "aligned" (up to 0.1) and it meets the threshold 0.1. Deviations from 3.6: −1.6 −0.6
   * 0.4 0.4 1.4, squares sum 5.2, s² = 5.2 / 4 = 1.3, sd = √1.3; σ² of a uniform answer on 5 points
   * (25 − 1) / 12 = 2, r_wg = 1 − 1.3 / 2 = 0.35. Survey alone 3 4 4 5: mean 4 (0.75); interview alone 2
   * (0.25): 0.5 apart, more than the tolerance 0.1, so 1 agreeing kind. W = 3 + 1 + 1 = 5 (i4 has no
   * measurements): contribution 3 × 0.1 / 5 = 0.06.
   */
  @Test
  void aMeanIndicatorWorkedByHand() {
    IndicatorGap i1 = gap(SCORER.score(acme()), "i1");

    assertThat(i1.n()).isEqualTo(5);
    assertThat(i1.current()).isCloseTo(3.6, within(EPS));
    assertThat(i1.ideal()).isEqualTo(4.0);
    assertThat(i1.gap()).isCloseTo(0.4, within(EPS));
    assertThat(i1.normalisedGap()).isCloseTo(0.1, within(EPS));
    assertThat(i1.shortfall()).isCloseTo(0.1, within(EPS));
    assertThat(i1.severity()).isEqualTo(Id.of("aligned"));
    assertThat(i1.meetsThreshold()).isTrue();
    assertThat(i1.weight()).isEqualTo(3.0);
    assertThat(i1.contribution()).isCloseTo(0.06, within(EPS));
    assertThat(i1.mean()).isCloseTo(3.6, within(EPS));
    assertThat(i1.standardDeviation().getAsDouble()).isCloseTo(Math.sqrt(1.3), within(EPS));
    assertThat(i1.agreement().getAsDouble()).isCloseTo(0.35, within(EPS));
    assertThat(i1.sources()).extracting(SourceAggregate::sourceKind, SourceAggregate::n, SourceAggregate::current)
        .containsExactly(tuple(EvidenceSource.INTERVIEW, 1, 2.0), tuple(EvidenceSource.SURVEY, 4, 4.0));
    assertThat(i1.agreeingSources()).isEqualTo(1);
    assertThat(i1.explanation())
        .isEqualTo("current 3.6 (mean of 5) against the target 4 on [1, 5]: short by 0.4, 0.1 of the scale (aligned)");
  }

  /**
   * i1 by function, minimum group size 2: engineering 5 and 4, normalised 1 and 0.75, mean 0.875 → 4.5,
   * normalised gap 0.75 − 0.875 = −0.125; sales 4 and 3 → 0.75 and 0.5, mean 0.625 → 3.5, gap 0.125. The
   * interview has no function. Both groups have 2, the minimum: shown.
   * i3 by function: sales 9 and 7 (both >= 7: share 1, gap 0.8 − 1 = −0.2); engineering 5 alone, below the
   * minimum: suppressed. The suppressed group and the two measurements without a function make 3, not
   * fewer than 2, so no other group needs to be withheld.
   */
  @Test
  void functionBreakdownsShowGroupsOfTheMinimumSizeAndSuppressSmallerOnes() {
    GapReport report = SCORER.score(acme());

    assertThat(gap(report, "i1").functions())
        .extracting(FunctionBreakdown::function, FunctionBreakdown::n, FunctionBreakdown::suppression)
        .containsExactly(tuple(ENGINEERING, 2, Suppression.NONE), tuple(SALES, 2, Suppression.NONE));
    assertThat(gap(report, "i1").functions().get(0).current().getAsDouble()).isCloseTo(4.5, within(EPS));
    assertThat(gap(report, "i1").functions().get(0).normalisedGap().getAsDouble()).isCloseTo(-0.125, within(EPS));
    assertThat(gap(report, "i1").functions().get(1).current().getAsDouble()).isCloseTo(3.5, within(EPS));
    assertThat(gap(report, "i1").functions().get(1).normalisedGap().getAsDouble()).isCloseTo(0.125, within(EPS));

    List<FunctionBreakdown> i3 = gap(report, "i3").functions();
    assertThat(i3).extracting(FunctionBreakdown::function, FunctionBreakdown::n, FunctionBreakdown::suppression)
        .containsExactly(tuple(ENGINEERING, 1, Suppression.SMALL_GROUP), tuple(SALES, 2, Suppression.NONE));
    assertThat(i3.get(0).current()).isEmpty();
    assertThat(i3.get(0).normalisedGap()).isEmpty();
    assertThat(i3.get(1).current()).hasValue(1.0);
    assertThat(i3.get(1).normalisedGap().getAsDouble()).isCloseTo(-0.2, within(EPS));
  }

  /**
   * i2, lower is better: 1 2 1 2 normalise to 0 0.25 0 0.25, mean 0.125 → current 1.5; target 2 → 0.25.
   * The gap is current − ideal = 1.5 − 2 = −0.5: beyond the ideal, reported as it is; normalised
   * −(0.25 − 0.125) = −0.125; shortfall 0, "aligned", contribution 0. s² = 4 × 0.25 / 3 = 1/3, r_wg =
   * 1 − (1/3) / 2 = 5/6. One kind of source only: one reason for doubt, medium confidence.
   */
  @Test
  void aLowerIsBetterIndicatorBeyondItsIdealHasANegativeGapAndNoShortfall() {
    IndicatorGap i2 = gap(SCORER.score(acme()), "i2");

    assertThat(i2.current()).isCloseTo(1.5, within(EPS));
    assertThat(i2.gap()).isCloseTo(-0.5, within(EPS));
    assertThat(i2.normalisedGap()).isCloseTo(-0.125, within(EPS));
    assertThat(i2.shortfall()).isZero();
    assertThat(i2.severity()).isEqualTo(Id.of("aligned"));
    assertThat(i2.contribution()).isZero();
    assertThat(i2.agreement().getAsDouble()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(i2.standardDeviation().getAsDouble()).isCloseTo(Math.sqrt(1.0 / 3), within(EPS));
    assertThat(i2.confidence().level()).isEqualTo(ConfidenceLevel.MEDIUM);
    assertThat(i2.confidence().reasons()).containsExactly("a single kind of source (survey): not triangulated");
    assertThat(i2.explanation()).isEqualTo("current 1.5 (mean of 4) against the target 2 on [1, 5], lower is better: "
        + "beyond the ideal by 0.5, 0.125 of the scale (aligned)");
  }

  /**
   * i3, share at or above 7 on 0–10: values 5 6 7 8 9, of which 7 8 9 count: 3 / 5 = 0.6 against the target
   * share 0.8: gap 0.2 on the unit scale, "minor" (0.1 to 0.25), above the threshold. Mean of the values 7;
   * s² = (4 + 1 + 0 + 1 + 4) / 4 = 2.5; σ² on 11 points (121 − 1) / 12 = 10; r_wg = 1 − 2.5 / 10 = 0.75.
   * By source: survey 9 7 5 → 2/3, document review 6 → 0, observation 8 → 1: no two within 0.1.
   * Contribution 1 × 0.2 / 5 = 0.04.
   */
  @Test
  void aShareIndicatorIsScoredOnTheUnitScale() {
    IndicatorGap i3 = gap(SCORER.score(acme()), "i3");

    assertThat(i3.current()).isEqualTo(0.6);
    assertThat(i3.ideal()).isEqualTo(0.8);
    assertThat(i3.gap()).isCloseTo(0.2, within(EPS));
    assertThat(i3.normalisedGap()).isCloseTo(0.2, within(EPS));
    assertThat(i3.severity()).isEqualTo(Id.of("minor"));
    assertThat(i3.meetsThreshold()).isFalse();
    assertThat(i3.mean()).isCloseTo(7.0, within(EPS));
    assertThat(i3.agreement().getAsDouble()).isCloseTo(0.75, within(EPS));
    assertThat(i3.contribution()).isCloseTo(0.04, within(EPS));
    assertThat(i3.sources()).extracting(SourceAggregate::sourceKind, SourceAggregate::n)
        .containsExactly(tuple(EvidenceSource.SURVEY, 3), tuple(EvidenceSource.DOCUMENT_REVIEW, 1),
            tuple(EvidenceSource.OBSERVATION, 1));
    assertThat(i3.sources().get(0).current()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(i3.agreeingSources()).isEqualTo(1);
    // r_wg 0.75 is fine; n = 5 is enough; the three kinds disagree: one reason for doubt
    assertThat(i3.confidence().level()).isEqualTo(ConfidenceLevel.MEDIUM);
    assertThat(i3.confidence().reasons()).containsExactly(
        "the sources disagree: only 1 of 3 kinds (survey, document-review, observation) lie within 0.1 of each other");
  }

  @Test
  void confidenceNamesEveryReasonForDoubt() {
    IndicatorGap i1 = gap(SCORER.score(acme()), "i1");

    assertThat(i1.confidence().level()).isEqualTo(ConfidenceLevel.LOW);
    assertThat(i1.confidence().reasons()).containsExactly("respondents disagree: r_wg 0.35 is below 0.7",
        "the sources disagree: only 1 of 2 kinds (interview, survey) lie within 0.1 of each other");
  }

  /**
   * Oriented normalised values a (1 − x when lower is better) and weights: i1 a 0.65 ideal 0.75 w 3; i2 a
   * 1 − 0.125 = 0.875, ideal 1 − 0.25 = 0.75, w 1; i3 a 0.6 ideal 0.8 w 1.
   * Overall (W 5): current (1.95 + 0.875 + 0.6) / 5 = 0.685, ideal (2.25 + 0.75 + 0.8) / 5 = 0.76, gap
   * (0.3 − 0.125 + 0.2) / 5 = 0.075, shortfall (0.3 + 0 + 0.2) / 5 = 0.1 = the contributions 0.06 + 0.04.
   * Area a (i1, i3, W 4): current 2.55 / 4 = 0.6375, ideal 3.05 / 4 = 0.7625, gap and shortfall 0.5 / 4 =
   * 0.125, "minor". Area b (i2; i4 unmeasured): current 0.875, ideal 0.75, gap −0.125, shortfall 0.
   * Level l1 (i1, i2, W 4): shortfall 0.3 / 4 = 0.075. Level l2 (i3): 0.2. Dimension d1 = area a.
   */
  @Test
  void rollUpsAreWeightedMeansOfOrientedNormalisedValues() {
    GapReport report = SCORER.score(acme());

    GapRollUp overall = report.overall();
    assertThat(overall.id()).isEqualTo(Id.of("overall"));
    assertThat(overall.indicators()).isEqualTo(4);
    assertThat(overall.measured()).isEqualTo(3);
    assertThat(overall.weight()).isEqualTo(5.0);
    assertThat(overall.current().getAsDouble()).isCloseTo(0.685, within(EPS));
    assertThat(overall.ideal().getAsDouble()).isCloseTo(0.76, within(EPS));
    assertThat(overall.gap().getAsDouble()).isCloseTo(0.075, within(EPS));
    assertThat(overall.shortfall().getAsDouble()).isCloseTo(0.1, within(EPS));
    assertThat(overall.contribution()).isCloseTo(0.1, within(EPS));

    assertThat(report.focusAreas()).extracting(GapRollUp::id).containsExactly(A.id(), B.id());
    GapRollUp a = report.focusAreas().get(0);
    assertThat(a.current().getAsDouble()).isCloseTo(0.6375, within(EPS));
    assertThat(a.ideal().getAsDouble()).isCloseTo(0.7625, within(EPS));
    assertThat(a.gap().getAsDouble()).isCloseTo(0.125, within(EPS));
    assertThat(a.shortfall().getAsDouble()).isCloseTo(0.125, within(EPS));
    assertThat(a.severity()).contains(Id.of("minor"));
    assertThat(a.contribution()).isCloseTo(0.1, within(EPS));
    GapRollUp b = report.focusAreas().get(1);
    assertThat(b.measured()).isEqualTo(1);
    assertThat(b.current().getAsDouble()).isCloseTo(0.875, within(EPS));
    assertThat(b.gap().getAsDouble()).isCloseTo(-0.125, within(EPS));
    assertThat(b.shortfall()).hasValue(0.0);
    assertThat(b.confidence().level()).isEqualTo(ConfidenceLevel.MEDIUM);
    assertThat(b.confidence().reasons()).containsExactly("1 of 1 measured indicators with medium confidence: i2",
        "1 of 2 indicators not measured");

    assertThat(report.levels()).extracting(GapRollUp::id).containsExactly(L1.id(), L2.id());
    assertThat(report.levels().get(0).shortfall().getAsDouble()).isCloseTo(0.075, within(EPS));
    assertThat(report.levels().get(1).shortfall().getAsDouble()).isCloseTo(0.2, within(EPS));
    assertThat(report.dimensions()).hasSize(1);
    assertThat(report.dimensions().get(0).shortfall().getAsDouble()).isCloseTo(0.125, within(EPS));
    assertThat(report.unmeasured()).containsExactly(Id.of("i4"));
    assertThat(report.measurements()).isEqualTo(14);
  }

  /** i1 (contribution 0.06) before i3 (0.04), though i3 falls further short: weight counts. i2 has none. */
  @Test
  void gapsAreRankedByWeightedSeverity() {
    assertThat(SCORER.score(acme()).ranking()).containsExactly(Id.of("i1"), Id.of("i3"));
  }

  /**
   * Staged, threshold 0.1: l1 is met (i1 falls short by 0.1, i2 by 0); l2 is not: i3 falls short by 0.2
   * and i4 is not measured. Stage l1, next l2, blocked by both, in the model's order.
   */
  @Test
  void theStagedRuleNeedsEveryIndicatorOfALevelAndNamesTheBlockers() {
    StageAssessment stage = SCORER.score(acme()).stage();

    assertThat(stage.method()).isEqualTo(MaturityMethod.STAGED);
    assertThat(stage.reached()).contains(L1.id());
    assertThat(stage.rank()).isEqualTo(1);
    assertThat(stage.next()).contains(L2.id());
    assertThat(stage.blockers()).extracting(b -> b.indicator().orElseThrow().value(), Blocker::reason)
        .containsExactly(tuple("i3", BlockerReason.SHORTFALL), tuple("i4", BlockerReason.NOT_MEASURED));
    assertThat(stage.blockers().get(0).shortfall().getAsDouble()).isCloseTo(0.2, within(EPS));
    assertThat(stage.levels()).extracting(LevelStatus::level, LevelStatus::met, LevelStatus::metIndicators)
        .containsExactly(tuple(L1.id(), true, 2), tuple(L2.id(), false, 0));
    assertThat(stage.explanation()).isEqualTo("Stage reached: Level one (level 1 of 2). Staged rule: a level is met "
        + "when each of its indicators is measured and falls short by at most 0.1. Level two is blocked by 2 "
        + "blockers: indicator 'i3' falls short by 0.2 of its scale, above the threshold 0.1; indicator 'i4' is "
        + "not measured.");
  }

  /**
   * With the threshold at 0.2, staged: l2 is still blocked by the unmeasured i4. Additive: l2's weighted mean
   * over its measured indicators is i3's 0.2, at the threshold, so every level is met. The additive rule is
   * a choice of the model, and the report says which rule it used.
   */
  @Test
  void theAdditiveRuleIsAnExplicitChoiceAndCompensates() {
    GapModel staged = GapModel.copyOf(MODEL).withMaturityThreshold(0.2);
    GapModel additive = staged.withMaturityMethod(MaturityMethod.ADDITIVE);

    StageAssessment stagedStage = GapScorer.of(staged, List.of(A, B), List.of(L1, L2)).score(acme()).stage();
    StageAssessment additiveStage = GapScorer.of(additive, List.of(A, B), List.of(L1, L2)).score(acme()).stage();

    assertThat(stagedStage.reached()).contains(L1.id());
    assertThat(stagedStage.blockers()).extracting(Blocker::reason).containsExactly(BlockerReason.NOT_MEASURED);
    assertThat(additiveStage.method()).isEqualTo(MaturityMethod.ADDITIVE);
    assertThat(additiveStage.reached()).contains(L2.id());
    assertThat(additiveStage.next()).isEmpty();
    assertThat(additiveStage.blockers()).isEmpty();
    assertThat(additiveStage.explanation()).endsWith("Every level is met.");
  }

  /** Additive with the default threshold 0.1: l1's mean 0.075 is met; l2's 0.2 is the blocker. */
  @Test
  void theAdditiveRuleBlocksOnALevelsWeightedMean() {
    GapModel additive = GapModel.copyOf(MODEL).withMaturityMethod(MaturityMethod.ADDITIVE);

    StageAssessment stage = GapScorer.of(additive, List.of(A, B), List.of(L1, L2)).score(acme()).stage();

    assertThat(stage.reached()).contains(L1.id());
    assertThat(stage.blockers()).hasSize(1);
    Blocker blocker = stage.blockers().get(0);
    assertThat(blocker.reason()).isEqualTo(BlockerReason.LEVEL_SHORTFALL);
    assertThat(blocker.indicator()).isEmpty();
    assertThat(blocker.shortfall().getAsDouble()).isCloseTo(0.2, within(EPS));
    assertThat(blocker.message()).isEqualTo("the weighted mean shortfall of level 'l2' is 0.2, above the threshold "
        + "0.1; above it: i3 (0.2)");
  }

  @Test
  void noStageWhenTheLowestLevelIsNotMet() {
    // i1 all 1s: normalised 0 against 0.75, shortfall 0.75, "critical"
    Transformation poor = Transformation.copyOf(acme()).withMeasurements(survey("i1", "p1", SALES, 1),
        survey("i2", "p1", SALES, 1));

    GapReport report = SCORER.score(poor);

    assertThat(gap(report, "i1").severity()).isEqualTo(Id.of("critical"));
    assertThat(report.stage().reached()).isEmpty();
    assertThat(report.stage().rank()).isZero();
    assertThat(report.stage().next()).contains(L1.id());
    assertThat(report.stage().blockers()).extracting(Blocker::reason).containsExactly(BlockerReason.SHORTFALL);
    // one measurement: no sd, no r_wg
    assertThat(gap(report, "i1").standardDeviation()).isEmpty();
    assertThat(gap(report, "i1").agreement()).isEmpty();
    assertThat(gap(report, "i1").confidence().reasons()).containsExactly(
        "only 1 measurement, fewer than the 3 that count as enough",
        "agreement cannot be measured from a single measurement",
        "a single kind of source (survey): not triangulated");
  }

  @Test
  void aLevelWithoutIndicatorsCannotBeReached() {
    ChangeLevel l3 = ChangeLevel.of(Id.of("l3"), "Level three", 3);
    GapModel lenient = GapModel.copyOf(MODEL).withMaturityThreshold(1.0);

    StageAssessment stage = GapScorer.of(lenient, List.of(A, B), List.of(L1, L2, l3)).score(
        Transformation.builder().from(acme()).addMeasurements(survey("i4", "p1", SALES, 3)).build()).stage();

    assertThat(stage.reached()).contains(L2.id());
    assertThat(stage.next()).contains(l3.id());
    assertThat(stage.blockers()).extracting(Blocker::reason).containsExactly(BlockerReason.NO_INDICATORS);
  }

  /** o1 names i1, o2 names area a (i1, i3), o3 names level l2 (i3); i2 is linked to nothing. */
  @Test
  void gapsAreLinkedToTheObjectivesThatAddressThem() {
    GapReport report = SCORER.score(acme());

    assertThat(report.strategy()).contains(Id.of("s2021"));
    assertThat(gap(report, "i1").objectives()).extracting(ObjectiveLink::objective, ObjectiveLink::basis)
        .containsExactly(tuple(Id.of("o1"), LinkBasis.INDICATOR), tuple(Id.of("o2"), LinkBasis.FOCUS_AREA));
    assertThat(gap(report, "i3").objectives()).extracting(ObjectiveLink::objective, ObjectiveLink::basis,
        ObjectiveLink::weight).containsExactly(tuple(Id.of("o2"), LinkBasis.FOCUS_AREA, 2.0),
        tuple(Id.of("o3"), LinkBasis.CHANGE_LEVEL, 1.0));
    assertThat(gap(report, "i2").objectives()).isEmpty();

    GapReport withoutStrategy = SCORER.score(Transformation.copyOf(acme()).withStrategy(java.util.Optional.empty()));
    assertThat(withoutStrategy.strategy()).isEmpty();
    assertThat(withoutStrategy.indicators()).allSatisfy(g -> assertThat(g.objectives()).isEmpty());
  }

  @Test
  void badInputIsReportedAllAtOnceWithPointers() {
    Transformation bad = transformation()
        .addMeasurements(survey("i1", "p1", SALES, 6), survey("i7", "p2", SALES, 3),
            Measurement.builder().indicator(Id.of("i2")).sourceKind(EvidenceSource.SURVEY).value(2).preferred(1).build(),
            survey("i1", "p1", ENGINEERING, 4))
        .strategy(Strategy.builder().id(Id.of("s")).title("S").addObjectives(StrategicObjective.builder()
            .id(Id.of("o")).statement("O").addFocusArea(Id.of("c")).addIndicator(Id.of("i9")).build()).build())
        .build();

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> SCORER.score(bad));

    assertThat(thrown.problems()).extracting(InputProblem::toString).containsExactly(
        "/measurements/0/value: value 6 is off the scale [1, 5] of indicator 'i1'",
        "/measurements/1/indicator: unknown indicator 'i7' (did you mean 'i1'?)",
        "/measurements/2/preferred: indicator 'i2' has a fixed target of 2; leave preferred out",
        "/measurements/3/source: source 'p1' already measured indicator 'i1' in measurements[0]",
        "/strategy/objectives/0/focusAreas/0: unknown focus area 'c' (did you mean 'a'?)",
        "/strategy/objectives/0/indicators/0: unknown indicator 'i9' (did you mean 'i1'?)");
    assertThat(SCORER.check(bad)).isEqualTo(thrown.problems());
  }

  @Test
  void aRepeatedSourceIsTracedToItsFirstMeasurementOfThatIndicator() {
    // p1 measures i1 at 1, i2 at 2 (another indicator: no problem), i1 again at 3 and 4; both repeats name
    // measurements[1], p1's first of i1, not measurements[0] (p2) nor the repeat at 3
    Transformation repeated = transformation()
        .addMeasurements(survey("i1", "p2", SALES, 4), survey("i1", "p1", SALES, 4), survey("i2", "p1", SALES, 3),
            survey("i1", "p1", SALES, 5), survey("i1", "p1", ENGINEERING, 2))
        .build();

    assertThat(SCORER.check(repeated)).extracting(InputProblem::toString).containsExactly(
        "/measurements/3/source: source 'p1' already measured indicator 'i1' in measurements[1]",
        "/measurements/4/source: source 'p1' already measured indicator 'i1' in measurements[1]");
  }

  @Test
  void nothingToScoreIsAProblem() {
    assertThat(SCORER.check(transformation().build())).containsExactly(
        new InputProblem("", "no measurements to score: the transformation has no measurements"));
  }

  @Test
  void aMeasuredIdealNeedsPreferredAnswersAndUsesTheirAggregate() {
    // i5: the ideal is the median of the preferred answers 4, 5, 5 → 5; now 2, 3, 3 → median 3
    GapModel measured = GapModel.copyOf(MODEL).withIndicators(indicator("i5", A, L1).idealFrom(IdealSource.PREFERRED)
        .aggregation(Aggregation.MEDIAN).build());
    GapScorer scorer = GapScorer.of(measured, List.of(A, B), List.of(L1, L2));
    Measurement.Builder m = Measurement.builder().indicator(Id.of("i5")).sourceKind(EvidenceSource.SURVEY);

    Transformation good = transformation().addMeasurements(m.source(Id.of("p1")).value(2).preferred(4).build(),
        m.source(Id.of("p2")).value(3).preferred(5).build(), m.source(Id.of("p3")).value(3).preferred(5).build()).build();
    IndicatorGap i5 = gap(scorer.score(good), "i5");
    assertThat(i5.current()).isEqualTo(3.0);
    assertThat(i5.ideal()).isEqualTo(5.0);
    assertThat(i5.gap()).isEqualTo(2.0);
    assertThat(i5.normalisedGap()).isEqualTo(0.5);
    assertThat(i5.severity()).isEqualTo(Id.of("major"));
    assertThat(i5.explanation()).isEqualTo("current 3 (median of 3) against the preferred state 5 (median of the "
        + "preferred answers) on [1, 5]: short by 2, 0.5 of the scale (major)");

    Transformation missing = transformation().addMeasurements(
        Measurement.builder().indicator(Id.of("i5")).sourceKind(EvidenceSource.SURVEY).value(2).build()).build();
    assertThat(scorer.check(missing)).containsExactly(new InputProblem("/measurements/0/preferred",
        "missing preferred: indicator 'i5' takes its ideal from the preferred answers, so each of its measurements "
            + "needs one"));
  }

  @Test
  void theScorerRefusesAModelWhoseIndicatorsNameUnknownAreasOrLevels() {
    dev.mom.model.InvalidValueException thrown = catchThrowableOfType(dev.mom.model.InvalidValueException.class,
        () -> GapScorer.of(MODEL, List.of(A), List.of(L1)));

    assertThat(thrown.violations()).containsExactly(
        "indicators[1].focusArea 'b' is not one of the focus areas [a]",
        "indicators[2].level 'l2' is not one of the levels [l1]",
        "indicators[3].focusArea 'b' is not one of the focus areas [a]",
        "indicators[3].level 'l2' is not one of the levels [l1]");
  }
}
