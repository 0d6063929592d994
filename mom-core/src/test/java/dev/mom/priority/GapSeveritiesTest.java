package dev.mom.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.mom.gap.Direction;
import dev.mom.gap.GapModel;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.gap.IdealSource;
import dev.mom.gap.Indicator;
import dev.mom.gap.Measurement;
import dev.mom.model.ChangeLevel;
import dev.mom.model.EvidenceSource;
import dev.mom.model.FocusArea;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Scale;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The severities fed from a gap report to the prioritisation, on a small model worked by hand: areas a, b
 * and c, one level, four indicators on the five-point scale, all with the fixed target shown.
 *
 * <pre>
 * i1  area a, higher is better, weight 1, target 4; answers 2, 3
 * i2  area a, higher is better, weight 3, target 4; answers 5, 5
 * i3  area b, lower is better,  weight 1, target 2; answers 4, 4
 * i4  area b, higher is better, weight 1, target 4; not measured
 * (area c has no indicators)
 * </pre>
 */
class GapSeveritiesTest {

  static final FocusArea A = FocusArea.of(Id.of("a"), "Area A");
  static final FocusArea B = FocusArea.of(Id.of("b"), "Area B");
  static final FocusArea C = FocusArea.of(Id.of("c"), "Area C");
  static final ChangeLevel L1 = ChangeLevel.of(Id.of("l1"), "Level one", 1);

  static Indicator.Builder indicator(String id, FocusArea area) {
    return Indicator.builder().id(Id.of(id)).statement("Statement " + id).focusArea(area.id()).level(L1.id())
        .scale(Scale.agreement5()).idealFrom(IdealSource.TARGET);
  }

  static final GapModel MODEL = GapModel.builder()
      .addIndicators(
          indicator("i1", A).target(4).build(),
          indicator("i2", A).weight(3).target(4).build(),
          indicator("i3", B).direction(Direction.LOWER_IS_BETTER).target(2).build(),
          indicator("i4", B).target(4).build())
      .build();

  static Measurement survey(String indicator, String respondent, double value) {
    return Measurement.builder().indicator(Id.of(indicator)).sourceKind(EvidenceSource.SURVEY)
        .source(Id.of(respondent)).value(value).build();
  }

  static Transformation.Builder acme() {
    return Transformation.builder().id(Id.of("acme")).title("Acme")
        .organisation(Organisation.builder().id(Id.of("acme")).name("Acme").build())
        .addMeasurements(survey("i1", "p1", 2), survey("i1", "p2", 3), survey("i2", "p1", 5), survey("i2", "p2", 5),
            survey("i3", "p1", 4), survey("i3", "p2", 4));
  }

  static GapReport report() {
    return GapScorer.of(MODEL, List.of(A, B, C), List.of(L1)).score(acme().build());
  }

  /**
   * On 1–5 a value v normalises to (v − 1) ÷ 4, so the target 4 is 0.75 and the target 2 is 0.25.
   * i1: mean 2.5 → 0.375; shortfall 0.75 − 0.375 = 0.375.
   * i2: mean 5 → 1; gap 0.75 − 1 = −0.25, a surplus: shortfall 0.
   * i3 (lower is better): mean 4 → 0.75; gap −(0.25 − 0.75) = 0.5 = shortfall.
   * i4: not measured, left out.
   * Area a: (1 × 0.375 + 3 × 0) ÷ (1 + 3) = 0.09375 (the surplus of i2 counts as 0, not as −0.25).
   * Area b: only i3 is measured: 0.5. Area c: no indicators, left out.
   */
  @Test
  void indicatorsGiveTheirShortfallAndFocusAreasTheirWeightedMeanShortfall() {
    Map<Id, Double> severities = GapSeverities.from(report());

    assertThat(severities.keySet()).extracting(Id::value).containsExactly("i1", "i2", "i3", "a", "b");
    assertThat(severities.get(Id.of("i1"))).isCloseTo(0.375, within(1e-12));
    assertThat(severities.get(Id.of("i2"))).isEqualTo(0.0);
    assertThat(severities.get(Id.of("i3"))).isCloseTo(0.5, within(1e-12));
    assertThat(severities.get(Id.of("a"))).isCloseTo(0.09375, within(1e-12));
    assertThat(severities.get(Id.of("b"))).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void theMapIsUnmodifiable() {
    Map<Id, Double> severities = GapSeverities.from(report());

    assertThatThrownBy(() -> severities.put(Id.of("i4"), 1.0)).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * A concept closing i1 and area b, fed the report's severities: G = 1 − (1 − 0.375)(1 − 0.5) = 0.6875
   * instead of the assumed 1 − (1 − 0.5)² = 0.75. With β = 0.3, one objective of weight 1 and alignment 3
   * (A = 1), C = 1 and E = 2: V = 0.7 × 1 + 0.3 × 0.6875 = 0.90625, score = 0.90625 ÷ 2 = 0.453125.
   */
  @Test
  void thePrioritiserScoresTheGapsAsMeasured() {
    Strategy strategy = Strategy.builder().id(Id.of("s")).title("Strategy")
        .addObjectives(StrategicObjective.builder().id(Id.of("o")).statement("One").addIndicator(Id.of("i1")).build())
        .build();
    Concept concept = Concept.builder().id(Id.of("k")).name("K").addGaps(Id.of("i1"), Id.of("b"))
        .putAlignment(Id.of("o"), 3).confidence(1).effort(2).build();
    Transformation transformation = acme().strategy(strategy).addConcepts(concept).build();
    PrioritisationModel model = PrioritisationModel.builder()
        .addScoringModels(ScoringModel.builder().id(Id.of("fit")).type(ScoringModelKind.STRATEGIC_FIT).title("Fit")
            .gapWeight(0.3).assumedGapSeverity(0.5).build())
        .defaultModel(Id.of("fit")).build();
    GapReport report = GapScorer.of(MODEL, List.of(A, B, C), List.of(L1)).score(transformation);

    Prioritisation result = ConceptPrioritiser.of(model, List.of(A, B, C)).prioritise(transformation,
        PrioritisationOptions.builder().gapSeverities(GapSeverities.from(report)).build());

    RankedConcept ranked = result.ranking().get(0);
    assertThat(ranked.terms()).filteredOn(t -> t.symbol().equals("G")).singleElement()
        .satisfies(g -> assertThat(g.value()).isCloseTo(0.6875, within(1e-12)));
    assertThat(ranked.score()).isCloseTo(0.453125, within(1e-12));
    assertThat(ranked.contributions()).filteredOn(c -> c.kind() == ContributionKind.GAP)
        .allSatisfy(c -> assertThat(c.assumed()).isFalse());
  }

  @Test
  void anIndicatorAndAFocusAreaWithTheSameIdAreRefused() {
    GapModel clash = GapModel.builder().addIndicators(indicator("a", B).target(4).build(),
        indicator("i1", A).target(4).build()).build();
    Transformation transformation = Transformation.builder().id(Id.of("acme")).title("Acme")
        .organisation(Organisation.builder().id(Id.of("acme")).name("Acme").build())
        .addMeasurements(survey("a", "p1", 3), survey("i1", "p1", 3)).build();
    GapReport report = GapScorer.of(clash, List.of(A, B), List.of(L1)).score(transformation);

    assertThatThrownBy(() -> GapSeverities.from(report)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("focus area 'a' has the id of an indicator, so a concept naming the gap 'a' would be ambiguous");
  }
}
