package dev.mom.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.Intervention;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Organisation;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import dev.mom.rules.Condition;
import dev.mom.rules.Operator;
import dev.mom.rules.Rule;
import dev.mom.rules.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The diagnoser on a small model worked by hand: three archetypes, six rules, four decisions, two
 * respondents and two interview sources.
 */
public class DominanceDiagnoserTest {

  static final Function SALES = Function.SALES;
  static final Function ENGINEERING = Function.ENGINEERING;

  static Rule<ArchetypePoints> rule(String id, String description, Condition when, String archetype, double points) {
    return Rule.<ArchetypePoints>builder().id(Id.of(id)).description(description).when(when)
        .effect(ArchetypePoints.of(archetype, points)).cites("test").build();
  }

  static Archetype archetype(String id, boolean ideal, String... interventions) {
    Archetype.Builder builder = Archetype.builder().id(Id.of(id)).label(id.toUpperCase()).description("what " + id + " means")
        .consequence("what " + id + " does").ideal(ideal);
    for (String intervention : interventions) {
      builder.addIntervention(Id.of(intervention));
    }
    return builder.build();
  }

  static Intervention intervention(String id) {
    return Intervention.builder().id(Id.of(id)).name("Name of " + id).description("What " + id + " is").build();
  }

  public static final List<Intervention> CATALOGUE = List.of(intervention("i-eng"), intervention("i-shared"), intervention("i-sales"));

  public static final DominanceModel MODEL = DominanceModel.builder()
      .addFunctions(SALES, ENGINEERING, Function.PRODUCT, Function.EXECUTIVE)
      .addArchetypes(archetype("eng-led", false, "i-eng", "i-shared"), archetype("sales-led", false, "i-shared", "i-sales"),
          archetype("customer-driven", true))
      .addEvidenceKinds(EvidenceKind.of("interview", "Customer interview", EvidenceNature.CUSTOMER_INSIGHT),
          EvidenceKind.of("analytics", "Usage analytics", EvidenceNature.CUSTOMER_METRIC),
          EvidenceKind.of("request", "Sales request", EvidenceNature.INTERNAL))
      .addSurveyItems(
          SurveyItem.builder().id(Id.of("q1")).text("Sales decides what we build").scale(Scale.agreement5())
              .signal("salesDecides").reverse(false).build(),
          SurveyItem.builder().id(Id.of("q2")).text("Customer research is valued here").scale(Scale.agreement5())
              .signal("researchValued").reverse(false).build())
      .addCodes(ObservationCode.of("sales-promise", "a promise to a customer decided what was built"),
          ObservationCode.of("insight-cited", "a customer insight was cited as the reason"))
      .addRules(
          rule("r1", "Sales decides most", Condition.signal("decisions.decidedBy.sales").gte(0.5), "sales-led", 3),
          rule("r2", "Engineering decides most", Condition.signal("decisions.decidedBy.engineering").gte(0.5), "eng-led", 3),
          rule("r3", "People see sales deciding", Condition.signal("survey.salesDecides").gte(0.75), "sales-led", 1),
          rule("r4", "Interviews tell of sales promises", Condition.signal("observations.sales-promise").gte(0.5),
              "sales-led", 1),
          rule("r5", "Half the decisions rest on customer insight", Condition.signal("decisions.customerInsight").gte(0.5),
              "customer-driven", 2),
          rule("r6", "Research is valued", Condition.signal("survey.researchValued").gte(0.75), "customer-driven", 1))
      .targets(EvidenceTargets.builder().decisions(4).responses(4).sources(2).build())
      .minimumGroupSize(1)
      .build();

  static final DominanceDiagnoser DIAGNOSER = DominanceDiagnoser.of(MODEL, CATALOGUE);

  static final Organisation ORGANISATION = Organisation.builder().id(Id.of("acme")).name("Acme")
      .addFunctions(SALES, ENGINEERING, Function.PRODUCT, Function.EXECUTIVE).build();

  static Decision decision(String id, Function decidedBy, String... evidence) {
    Decision.Builder builder = Decision.builder().id(Id.of(id)).title("Decision " + id).initiatedBy(decidedBy)
        .decidedBy(decidedBy).strategyLinked(false).experimented(false);
    for (String kind : evidence) {
      builder.addEvidence(Id.of(kind));
    }
    return builder.build();
  }

  static SurveyResponse response(String respondent, Function function, double q1, double q2) {
    return SurveyResponse.builder().respondent(Id.of(respondent)).function(function)
        .putAnswer(Id.of("q1"), q1).putAnswer(Id.of("q2"), q2).build();
  }

  static Observation observation(String source, String code) {
    return Observation.builder().source(Id.of(source)).sourceKind(EvidenceSource.INTERVIEW).code(Id.of(code)).build();
  }

  static Transformation.Builder transformation() {
    return Transformation.builder().id(Id.of("acme")).title("Acme").organisation(ORGANISATION);
  }

  /**
   * Four decisions: sales decides d1 (request), d2 (interview) and d3 (nothing); engineering decides d4
   * (interview and analytics). decidedBy.sales = 3/4 = 0.75 → r1 fires (+3 sales-led); decidedBy.engineering
   * = 1/4 → r2 does not; customerInsight = 2/4 = 0.5 → r5 fires (+2 customer-driven).
   * Survey, scale 1–5: q1 answers 5 and 4 score (5−1)/4 = 1 and (4−1)/4 = 0.75, mean 0.875 → r3 fires (+1
   * sales-led); q2 answers 2 and 3 score 0.25 and 0.5, mean 0.375 → r6 does not.
   * Interviews i1 (sales-promise, insight-cited) and i2 (sales-promise): sales-promise 2/2 = 1 → r4 fires
   * (+1 sales-led).
   * Points: sales-led 3 + 1 + 1 = 5, customer-driven 2, eng-led 0; total 7. Shares 5/7, 2/7, 0; the lead
   * 3/7 ≈ 0.43 is above the margin 0.1: sales-led dominates; distance to the ideal 1 − 2/7 = 5/7.
   */
  public static Transformation salesLed() {
    return transformation()
        .addDecisions(decision("d1", SALES, "request"), decision("d2", SALES, "interview"), decision("d3", SALES),
            decision("d4", ENGINEERING, "interview", "analytics"))
        .addSurveyResponses(response("p1", SALES, 5, 2), response("p2", ENGINEERING, 4, 3))
        .addObservations(observation("i1", "sales-promise"), observation("i1", "insight-cited"),
            observation("i2", "sales-promise"))
        .build();
  }

  @Test
  void scoresAndSharesComeFromTheFiredRules() {
    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(salesLed());

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.DOMINANT);
    assertThat(diagnosis.dominant()).contains(Id.of("sales-led"));
    assertThat(diagnosis.leaders()).containsExactly(Id.of("sales-led"));
    assertThat(diagnosis.scores()).extracting(ArchetypeScore::archetype, ArchetypeScore::points, ArchetypeScore::share)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Id.of("eng-led"), 0.0, 0.0),
            org.assertj.core.groups.Tuple.tuple(Id.of("sales-led"), 5.0, 5.0 / 7),
            org.assertj.core.groups.Tuple.tuple(Id.of("customer-driven"), 2.0, 2.0 / 7));
    assertThat(diagnosis.scores().get(1).rules()).containsExactly(Id.of("r1"), Id.of("r3"), Id.of("r4"));
    assertThat(diagnosis.distanceToIdeal()).isEqualTo(5.0 / 7);
  }

  @Test
  void signalsAreTheSharesAndMeansWorkedOutByHand() {
    Map<String, Double> signals = DIAGNOSER.diagnose(salesLed()).signals();

    assertThat(signals).containsEntry("decisions.count", 4.0)
        .containsEntry("decisions.decidedBy.sales", 0.75)
        .containsEntry("decisions.decidedBy.engineering", 0.25)
        .containsEntry("decisions.customerInsight", 0.5)
        .containsEntry("decisions.customerEvidence", 0.5)
        .containsEntry("decisions.metricsOnly", 0.0)
        .containsEntry("decisions.noEvidence", 0.25)
        .containsEntry("decisions.evidence.request", 0.25)
        .containsEntry("survey.salesDecides", 0.875)
        .containsEntry("survey.salesDecides.sales", 1.0)
        .containsEntry("survey.salesDecides.engineering", 0.75)
        .containsEntry("survey.researchValued", 0.375)
        .containsEntry("observations.sources", 2.0)
        .containsEntry("observations.sales-promise", 1.0)
        .containsEntry("observations.insight-cited", 0.5)
        // no respondent from product: its survey means have no value, so they are absent
        .doesNotContainKey("survey.salesDecides.product");
    // each decision involves one function (initiator = decider) of the organisation's four: breadth 1/4
    assertThat(signals.get("decisions.consultationBreadth")).isEqualTo(0.25);
  }

  @Test
  void theTraceShowsEveryComparisonWithItsObservedValue() {
    List<RuleFiring> trace = DIAGNOSER.diagnose(salesLed()).trace();

    assertThat(trace).extracting(RuleFiring::rule, RuleFiring::fired).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Id.of("r1"), true), org.assertj.core.groups.Tuple.tuple(Id.of("r2"), false),
        org.assertj.core.groups.Tuple.tuple(Id.of("r3"), true), org.assertj.core.groups.Tuple.tuple(Id.of("r4"), true),
        org.assertj.core.groups.Tuple.tuple(Id.of("r5"), true), org.assertj.core.groups.Tuple.tuple(Id.of("r6"), false));
    ComparisonResult failed = trace.get(1).comparisons().get(0);
    assertThat(failed.signal()).isEqualTo("decisions.decidedBy.engineering");
    assertThat(failed.operator()).isEqualTo(Operator.GTE);
    assertThat(failed.threshold()).isEqualTo(0.5);
    assertThat(failed.observed()).hasValue(0.25);
    assertThat(failed.outcome()).isEqualTo(Truth.FALSE);
  }

  @Test
  void pitfallsCarryTheirConsequenceAndEvidence() {
    List<Pitfall> pitfalls = DIAGNOSER.diagnose(salesLed()).pitfalls();

    assertThat(pitfalls).hasSize(1);
    Pitfall pitfall = pitfalls.get(0);
    assertThat(pitfall.archetype()).isEqualTo(Id.of("sales-led"));
    assertThat(pitfall.consequence()).isEqualTo("what sales-led does");
    assertThat(pitfall.share()).isEqualTo(5.0 / 7);
    assertThat(pitfall.evidence()).containsExactly(
        "Sales decides most: decisions.decidedBy.sales >= 0.5 (observed 0.75)",
        "People see sales deciding: survey.salesDecides >= 0.75 (observed 0.875)",
        "Interviews tell of sales promises: observations.sales-promise >= 0.5 (observed 1)");
  }

  @Test
  void interventionsAreRankedByTheFiredRulesTheyAddressThenByCatalogueOrder() {
    List<RecommendedIntervention> interventions = DIAGNOSER.diagnose(salesLed()).interventions();

    // sales-led lists i-shared and i-sales; both address r1, r3, r4 (5 points): a tie, so catalogue order
    // (i-eng, i-shared, i-sales) decides. The customer-driven rule r5 recommends nothing.
    assertThat(interventions).extracting(RecommendedIntervention::intervention)
        .containsExactly(Id.of("i-shared"), Id.of("i-sales"));
    assertThat(interventions.get(0).rules()).containsExactly(Id.of("r1"), Id.of("r3"), Id.of("r4"));
    assertThat(interventions.get(0).points()).isEqualTo(5.0);
    assertThat(interventions.get(0).archetypes()).containsExactly(Id.of("sales-led"));
  }

  @Test
  void perceptionShowsEachSourceAndEachFunctionOnItsOwn() {
    List<PerceivedDominance> perception = DIAGNOSER.diagnose(salesLed()).perception();

    // decision log alone: r1 (+3 sales-led) and r5 (+2 customer-driven) → shares 0, 0.6, 0.4
    // survey alone: r3 → sales-led 1; observations alone: r4 → sales-led 1
    // each function's own answers: sales scores q1 at 1, engineering at 0.75: r3 fires for both
    assertThat(perception).extracting(PerceivedDominance::view).containsExactly(
        "decision-log", "survey", "observations", "survey:engineering", "survey:sales");
    assertThat(perception.get(0).shares()).extracting(ArchetypeShare::share).containsExactly(0.0, 0.6, 0.4);
    assertThat(perception.get(0).decided()).extracting(FunctionShare::share).containsExactly(0.75, 0.25, 0.0, 0.0);
    assertThat(perception).allSatisfy(view -> assertThat(view.leader()).contains(Id.of("sales-led")));
    assertThat(perception.get(3).records()).isEqualTo(1);
  }

  @Test
  void confidenceIsVolumeTimesAgreement() {
    Confidence confidence = DIAGNOSER.diagnose(salesLed()).confidence();

    // volume: decisions 4/4 → 1, respondents 2/4 → 0.5, sources 2/2 → 1: mean 2.5/3
    // sources: decision log, survey and observations all point to sales-led, as does the whole: agreement 1
    // respondents: q1 answers 5, 4 have variance 0.5; a uniform answer on 5 points has (25 − 1)/12 = 2;
    // r_wg = 1 − 0.5/2 = 0.75; q2 (2, 3) the same: mean 0.75
    // score = 2.5/3 × (0.5 + 0.25 × 1 + 0.25 × 0.75) = 0.833… × 0.9375 = 0.78125
    assertThat(confidence.volume()).isCloseTo(2.5 / 3, within(1e-12));
    assertThat(confidence.sourceAgreement()).hasValue(1.0);
    assertThat(confidence.respondentAgreement()).hasValue(0.75);
    assertThat(confidence.score()).isCloseTo(0.78125, within(1e-12));
    assertThat(confidence.level()).isEqualTo(ConfidenceLevel.HIGH);
    assertThat(confidence.reasons()).containsExactly(
        "2 survey respondents, below the 4 that give full confidence",
        "every source on its own points to sales-led",
        "respondents' agreement r_wg is 0.75 (strong)");
  }

  @Test
  void equalLeadersMakeAMixedVerdict() {
    // two decisions, one decided by sales and one by engineering: both shares 0.5 → r1 and r2 fire (+3 each);
    // shares 0.5 and 0.5, lead 0 < 0.1: mixed, leaders in the model's order on a tie
    Transformation mixed = transformation().addDecisions(decision("d1", SALES), decision("d2", ENGINEERING)).build();

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(mixed);

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(diagnosis.dominant()).isEmpty();
    assertThat(diagnosis.leaders()).containsExactly(Id.of("eng-led"), Id.of("sales-led"));
    assertThat(diagnosis.scores()).extracting(ArchetypeScore::share).containsExactly(0.5, 0.5, 0.0);
    // volume (2/4 + 0 + 0)/3 = 1/6; one source only and no survey: both agreements count 0.5
    // score = 1/6 × (0.5 + 0.125 + 0.125) = 0.125
    assertThat(diagnosis.confidence().score()).isCloseTo(0.125, within(1e-12));
    assertThat(diagnosis.confidence().level()).isEqualTo(ConfidenceLevel.LOW);
    assertThat(diagnosis.confidence().reasons()).containsExactly(
        "2 decisions sampled, below the 4 that give full confidence", "no survey responses",
        "no coded interviews or documents",
        "fewer than two sources point to an archetype on their own, so they cannot be cross-checked");
  }

  @Test
  void whenNoRuleFiresTheVerdictIsInconclusiveAndNoArchetypeIsNamed() {
    Transformation quiet = transformation().addDecisions(decision("d1", Function.PRODUCT)).build();

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(quiet);

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(diagnosis.leaders()).isEmpty();
    assertThat(diagnosis.scores()).extracting(ArchetypeScore::share).containsOnly(0.0);
    assertThat(diagnosis.distanceToIdeal()).isEqualTo(1.0);
    assertThat(diagnosis.pitfalls()).isEmpty();
    assertThat(diagnosis.interventions()).isEmpty();
  }

  @Test
  void aSurveyWithoutDecisionsStillDiagnoses() {
    Transformation surveyOnly = transformation().addSurveyResponses(response("p1", SALES, 5, 5)).build();

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(surveyOnly);

    // q1 = 5 → 1 ≥ 0.75: r3 (+1 sales-led); q2 = 5 → 1 ≥ 0.75: r6 (+1 customer-driven); a tie: mixed
    assertThat(diagnosis.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(diagnosis.leaders()).containsExactly(Id.of("sales-led"), Id.of("customer-driven"));
    assertThat(diagnosis.evidence().decisions()).isZero();
    assertThat(diagnosis.confidence().reasons()).contains("no decision log");
  }

  @Test
  void smallFunctionsAreSuppressedInThePerceptionGap() {
    DominanceDiagnoser strict = DominanceDiagnoser.of(DominanceModel.copyOf(MODEL).withMinimumGroupSize(2), CATALOGUE);

    List<PerceivedDominance> perception = strict.diagnose(salesLed()).perception();

    PerceivedDominance sales = perception.stream().filter(v -> v.view().equals("survey:sales")).findFirst().orElseThrow();
    assertThat(sales.suppressed()).isTrue();
    assertThat(sales.records()).isEqualTo(1);
    assertThat(sales.shares()).isEmpty();
    assertThat(sales.leader()).isEmpty();
  }

  @Test
  void everyInputProblemIsReportedWithItsPointer() {
    Transformation bad = transformation()
        .addDecisions(decision("d1", SALES, "interveiw"))
        .addSurveyResponses(SurveyResponse.builder().respondent(Id.of("p1")).function(SALES)
            .putAnswer(Id.of("q1"), 7.0).putAnswer(Id.of("q9"), 3.0).build(),
            SurveyResponse.builder().respondent(Id.of("p2")).function(SALES).build())
        .addObservations(observation("i1", "sales-promis"))
        .build();

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> DIAGNOSER.diagnose(bad));

    assertThat(thrown.problems()).extracting(InputProblem::toString).containsExactly(
        "/decisions/0/evidence/0: unknown evidence kind 'interveiw' (did you mean 'interview'?)",
        "/surveyResponses/0/answers/q1: answer 7 is off the scale [1, 5] of item 'q1'",
        "/surveyResponses/0/answers/q9: unknown survey item 'q9' (did you mean 'q1'?)",
        "/surveyResponses/1/answers: a response needs at least one answer",
        "/observations/0/code: unknown code 'sales-promis' (did you mean 'sales-promise'?)");
  }

  @Test
  void noEvidenceAtAllIsAnErrorNotAGuess() {
    InvalidInputException thrown =
        catchThrowableOfType(InvalidInputException.class, () -> DIAGNOSER.diagnose(transformation().build()));

    assertThat(thrown.problems()).containsExactly(new InputProblem("",
        "no evidence to diagnose: the transformation has no decisions, survey responses or observations"));
  }

  @Test
  void anArchetypeNamingAnUnknownInterventionIsRefused() {
    IllegalArgumentException thrown = catchThrowableOfType(IllegalArgumentException.class,
        () -> DominanceDiagnoser.of(MODEL, List.of(intervention("i-eng"))));

    assertThat(thrown).hasMessage("archetypes[0].interventions[1] 'i-shared' is not in the intervention catalogue; "
        + "archetypes[1].interventions[0] 'i-shared' is not in the intervention catalogue; "
        + "archetypes[1].interventions[1] 'i-sales' is not in the intervention catalogue");
  }
}
