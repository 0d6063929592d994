package dev.mom.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Organisation;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.testing.PriorityGenerators;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prioritiser on small portfolios worked by hand. */
class ConceptPrioritiserTest {

  static final ConceptPrioritiser ALL = ConceptPrioritiser.of(PriorityGenerators.ALL_MODELS, FocusAreas.defaults());

  static final Organisation MIKRO = Organisation.builder().id(Id.of("mikro")).name("Mikro").build();

  static Strategy strategy(double w1, double w2) {
    return Strategy.builder().id(dev.mom.model.Id.of("strategy")).title("Strategy 2021")
        .addObjective(StrategicObjective.builder().id(Id.of("o1")).statement("Grow").weight(w1).build())
        .addObjective(StrategicObjective.builder().id(Id.of("o2")).statement("Retain").weight(w2).build())
        .build();
  }

  static Transformation.Builder transformation(Strategy strategy, Concept... concepts) {
    return Transformation.builder().id(Id.of("mom")).title("MOM").organisation(MIKRO).strategy(strategy)
        .addConcepts(concepts);
  }

  static Concept.Builder concept(String id) {
    return Concept.builder().id(Id.of(id)).name("Concept " + id);
  }

  static PrioritisationOptions model(String id) {
    return PrioritisationOptions.builder().model(Id.of(id)).build();
  }

  static List<String> order(Prioritisation p) {
    return p.ranking().stream().map(r -> r.concept().value()).toList();
  }

  static RankedConcept ranked(Prioritisation p, String id) {
    return p.ranking().stream().filter(r -> r.concept().value().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Weights 3 and 1 normalise to w = (0.75, 0.25). Concept a: alignment (3, 1), gaps g1 (0.8) and g2 (0.5),
   * C = 0.8, E = 4, β = 0.3.
   * A = (0.75×3 + 0.25×1) ÷ 3 = 2.5 ÷ 3 = 0.83333; G = 1 − (1 − 0.8)(1 − 0.5) = 0.9;
   * V = 0.7 × 0.83333 + 0.3 × 0.9 = 0.58333 + 0.27 = 0.85333; value = V × C = 0.68267; score = 0.68267 ÷ 4 =
   * 0.17067. Contributions: o1 0.7 × 0.75 × 3 ÷ 3 × 0.8 ÷ 4 = 0.105; o2 0.7 × 0.25 × 1 ÷ 3 × 0.2 = 0.011667;
   * g1 0.3 × 0.8 × 0.2 = 0.048; g2 0.3 × 0.5 × (1 − 0.8) × 0.2 = 0.006; sum 0.170667.
   * Concept b: alignment (0, 3), no gaps, C = 1, E = 2: A = 0.25, G = 0, V = 0.175, score 0.0875.
   */
  @Test
  void strategicFitByHand() {
    Concept a = concept("a").putAlignment(Id.of("o1"), 3).putAlignment(Id.of("o2"), 1).addGaps(Id.of("g2"), Id.of("g1"))
        .confidence(0.8).effort(4).build();
    Concept b = concept("b").putAlignment(Id.of("o2"), 3).confidence(1).effort(2).build();
    PrioritisationOptions options = PrioritisationOptions.builder()
        .gapSeverities(Map.of(Id.of("g1"), 0.8, Id.of("g2"), 0.5)).build();

    Prioritisation p = ALL.prioritise(transformation(strategy(3, 1), b, a).build(), options);

    assertThat(p.weightSource()).contains(WeightSource.DIRECT);
    assertThat(p.weights()).extracting(ObjectiveWeight::weight).containsExactly(0.75, 0.25);
    assertThat(order(p)).containsExactly("a", "b");
    RankedConcept first = ranked(p, "a");
    assertThat(first.score()).isCloseTo(0.170666667, within(1e-9));
    assertThat(first.value()).isCloseTo(0.682666667, within(1e-9));
    assertThat(first.terms()).extracting(ScoreTerm::symbol).containsExactly("A", "G", "V", "C", "E");
    assertThat(first.terms().get(0).value()).isCloseTo(2.5 / 3, within(1e-15));
    assertThat(first.terms().get(0).explanation()).isEqualTo("A = Σ w × a ÷ 3 = (0.75 × 3 + 0.25 × 1) ÷ 3 = 0.8333");
    assertThat(first.terms().get(1).explanation()).isEqualTo("G = 1 − Π (1 − s) = 1 − (1 − 0.8)(1 − 0.5) = 0.9");
    assertThat(first.terms().get(2).explanation())
        .isEqualTo("V = (1 − β) × A + β × G = 0.7 × 0.8333 + 0.3 × 0.9 = 0.8533");
    assertThat(first.substituted()).isEqualTo("score = 0.8533 × 0.8 ÷ 4 = 0.1707");
    assertThat(first.contributions()).extracting(Contribution::contribution).satisfiesExactly(
        c -> assertThat(c).isCloseTo(0.105, within(1e-12)), c -> assertThat(c).isCloseTo(0.7 / 60, within(1e-12)),
        c -> assertThat(c).isCloseTo(0.048, within(1e-12)), c -> assertThat(c).isCloseTo(0.006, within(1e-12)));
    assertThat(first.contributions().stream().mapToDouble(Contribution::contribution).sum())
        .isCloseTo(first.score(), within(1e-12));
    assertThat(ranked(p, "b").score()).isCloseTo(0.0875, within(1e-12));
    assertThat(ranked(p, "b").terms().get(1).explanation()).isEqualTo("G = 0 (the concept addresses no gaps)");
  }

  /** A gap with no severity given is assumed at the model's 0.5 and marked so. */
  @Test
  void unknownSeveritiesAreAssumed() {
    Concept a = concept("a").addGap(Id.of("data-access-and-use")).confidence(1).effort(1).build();

    RankedConcept r = ALL.prioritise(transformation(strategy(1, 1), a).build()).ranking().get(0);

    // A = 0, G = 0.5, V = 0.3 × 0.5 = 0.15
    assertThat(r.score()).isCloseTo(0.15, within(1e-15));
    assertThat(r.contributions()).filteredOn(c -> c.kind() == ContributionKind.GAP).singleElement()
        .satisfies(c -> assertThat(c.assumed()).isTrue());
  }

  /**
   * RICE: a = 1000 × 2 × 0.8 ÷ 4 = 400; b = 500 × 3 × 0.5 ÷ 2 = 375; c = 300 × 1 × 1 ÷ 1 = 300.
   */
  @Test
  void riceByHand() {
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1),
        concept("a").reach(1000).impact(2).confidence(0.8).effort(4).build(),
        concept("b").reach(500).impact(3).confidence(0.5).effort(2).build(),
        concept("c").reach(300).impact(1).confidence(1).effort(1).build()).build(), model("rice"));

    assertThat(order(p)).containsExactly("a", "b", "c");
    assertThat(p.ranking()).extracting(RankedConcept::score).containsExactly(400.0, 375.0, 300.0);
    assertThat(p.ranking()).extracting(RankedConcept::value).containsExactly(1600.0, 750.0, 300.0);
    assertThat(p.ranking().get(0).substituted()).isEqualTo("score = 1000 × 2 × 0.8 ÷ 4 = 400");
    assertThat(p.weights()).isEmpty();
    assertThat(p.robustness()).isEmpty();
  }

  /**
   * ICE: x (8, 6, 5) has product 240 and mean 19/3 = 6.3333; y (9, 9, 2) has product 162 and mean 20/3 =
   * 6.6667. The two variants rank them oppositely, which is why a model must say which it means.
   */
  @Test
  void iceProductAndMeanByHand() {
    Transformation t = transformation(strategy(1, 1), concept("x").ice(IceEstimate.of(8, 6, 5)).build(),
        concept("y").ice(IceEstimate.of(9, 9, 2)).build()).build();

    Prioritisation product = ALL.prioritise(t, model("ice"));
    Prioritisation mean = ALL.prioritise(t, model("ice-mean"));

    assertThat(order(product)).containsExactly("x", "y");
    assertThat(product.ranking()).extracting(RankedConcept::score).containsExactly(240.0, 162.0);
    assertThat(order(mean)).containsExactly("y", "x");
    assertThat(mean.ranking()).extracting(RankedConcept::score).containsExactly(20.0 / 3, 19.0 / 3);
    assertThat(mean.ranking().get(0).substituted()).isEqualTo("score = (9 + 9 + 2) ÷ 3 = 6.6667");
  }

  /** WSJF: p = (8 + 5 + 3) ÷ 5 = 3.2; q = (13 + 8 + 1) ÷ 8 = 2.75; value is the cost of delay, 16 and 22. */
  @Test
  void wsjfByHand() {
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1), concept("p").wsjf(WsjfEstimate.of(8, 5, 3, 5)).build(),
        concept("q").wsjf(WsjfEstimate.of(13, 8, 1, 8)).build()).build(), model("wsjf"));

    assertThat(order(p)).containsExactly("p", "q");
    assertThat(p.ranking()).extracting(RankedConcept::score).containsExactly(3.2, 2.75);
    assertThat(p.ranking()).extracting(RankedConcept::value).containsExactly(16.0, 22.0);
    assertThat(p.ranking().get(0).substituted()).isEqualTo("score = (8 + 5 + 3) ÷ 5 = 3.2");
  }

  /**
   * Weighted: weights 3 and 1 normalise to 0.75 and 0.25. k rates value 4 on 1–5 (r̂ = 3/4 = 0.75) and
   * feasibility 5 on 0–10 (r̂ = 0.5): 0.75 × 0.75 + 0.25 × 0.5 = 0.6875. m rates 5 and 0: 0.75.
   */
  @Test
  void weightedByHand() {
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1),
        concept("k").putRating(Id.of("value"), 4.0).putRating(Id.of("feasibility"), 5.0).build(),
        concept("m").putRating(Id.of("value"), 5.0).putRating(Id.of("feasibility"), 0.0).build()).build(),
        model("weighted"));

    assertThat(order(p)).containsExactly("m", "k");
    assertThat(ranked(p, "k").score()).isEqualTo(0.6875);
    assertThat(ranked(p, "m").score()).isEqualTo(0.75);
    assertThat(ranked(p, "k").substituted()).isEqualTo("score = 0.75 × 0.75 + 0.25 × 0.5 = 0.6875");
    assertThat(p.robustness().orElseThrow().weightsOf()).isEqualTo(ContributionKind.CRITERION);
  }

  /**
   * Ties: RICE b = 100 × 1 × 1 ÷ 1 = 100 and a = 200 × 1 × 1 ÷ 2 = 100 tie on score; a has the higher value
   * (200), so it ranks first. c and d tie on score and value (50) and effort; the id decides: c before d.
   */
  @Test
  void tiesAreBrokenByValueThenEffortThenId() {
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1),
        concept("d").reach(50).impact(1).confidence(1).effort(1).build(),
        concept("b").reach(100).impact(1).confidence(1).effort(1).build(),
        concept("c").reach(50).impact(1).confidence(1).effort(1).build(),
        concept("a").reach(200).impact(1).confidence(1).effort(2).build()).build(), model("rice"));

    assertThat(order(p)).containsExactly("a", "b", "c", "d");
    assertThat(p.ranking()).extracting(RankedConcept::rank).containsExactly(1, 2, 3, 4);
  }

  static Concept rice(String id, double value, double effort, String... dependsOn) {
    Concept.Builder builder = concept(id).reach(value).impact(1).confidence(1).effort(effort);
    for (String d : dependsOn) {
      builder.addDependsOn(Id.of(d));
    }
    return builder.build();
  }

  /**
   * Capacity 9. a: value 10, effort 6 (10/6 = 1.67 per unit); b: 7, 5 (1.4); c: 6, 4 (1.5). Cutting the
   * ranking a, c, b takes a (6) and then nothing fits: value 10. The best within 9 is b + c: value 13,
   * effort 9.
   */
  @Test
  void greenLightIsTheBestValueWithinCapacityNotSortAndCut() {
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1), rice("a", 10, 6), rice("b", 7, 5),
        rice("c", 6, 4)).build(), PrioritisationOptions.builder().model(Id.of("rice")).capacity(9).build());

    assertThat(order(p)).containsExactly("a", "c", "b");
    GreenLightProposal proposal = p.greenLight().orElseThrow();
    assertThat(proposal.sortAndCut()).containsExactly(Id.of("a"));
    assertThat(proposal.sortAndCutValue()).isEqualTo(10);
    assertThat(proposal.selected()).containsExactly(Id.of("c"), Id.of("b"));
    assertThat(proposal.totalValue()).isEqualTo(13);
    assertThat(proposal.totalEffort()).isEqualTo(9);
    assertThat(proposal.feasible()).isTrue();
  }

  /**
   * Capacity 6. x (value 10, effort 3) depends on y (value 1, effort 2); z has value 8, effort 3. Alone x
   * and z would fit (18), but x brings its blocker y: {x, y} is 11 for 5, {z, y} 9; {x, y} cannot take z.
   * The best is x with y: 11. A dropped w blocks v, which is left out with a note.
   */
  @Test
  void aBlockerGoesWithWhatItBlocks() {
    Concept w = concept("w").reach(100).impact(1).confidence(1).effort(1).status(ConceptStatus.DROPPED).build();
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1), rice("x", 10, 3, "y"), rice("y", 1, 2),
        rice("z", 8, 3), w, rice("v", 100, 1, "w")).build(),
        PrioritisationOptions.builder().model(Id.of("rice")).capacity(6).build());

    GreenLightProposal proposal = p.greenLight().orElseThrow();
    assertThat(proposal.selected()).containsExactlyInAnyOrder(Id.of("x"), Id.of("y"));
    assertThat(proposal.totalValue()).isEqualTo(11);
    assertThat(proposal.notes()).containsExactly("'v' is left out: it depends on 'w' (dropped)");
  }

  /** Must cover data-access-and-use, which only c addresses: with capacity 9, a + c (16) beats b + c (13). */
  @Test
  void mustCoverFocusAreasAreCovered() {
    Id data = Id.of("data-access-and-use");
    Concept c = concept("c").reach(6).impact(1).confidence(1).effort(4).addGap(data).build();
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1), rice("a", 10, 5), rice("b", 7, 5), c).build(),
        PrioritisationOptions.builder().model(Id.of("rice")).capacity(9).addMustCover(data).build());

    assertThat(p.greenLight().orElseThrow().selected()).containsExactly(Id.of("a"), Id.of("c"));

    Prioritisation impossible = ALL.prioritise(transformation(strategy(1, 1), rice("a", 10, 5), c).build(),
        PrioritisationOptions.builder().model(Id.of("rice")).capacity(3).addMustCover(data).build());
    assertThat(impossible.greenLight().orElseThrow().feasible()).isFalse();
    assertThat(impossible.greenLight().orElseThrow().selected()).isEmpty();
    assertThat(impossible.warnings()).hasSize(1);
  }

  /**
   * Weights 0.6 and 0.4; a is aligned 3 to o1 only, b 3 to o2 only; C = E = 1 and β = 0, so score(a) = w1 and
   * score(b) = w2. They tie at w1 = 0.5: the critical change is o1 by −0.1 (o2 by +0.1 is as small; the first
   * weight wins the tie). Over Dirichlet(100 × (0.6, 0.4)) draws, a ranks first whenever w1 &gt; 0.5, which a
   * Beta(60, 40) exceeds about 98% of the time.
   */
  @Test
  void robustnessFindsTheCriticalWeight() {
    PrioritisationModel model = PrioritisationModel.builder()
        .addScoringModels(ScoringModel.builder().id(Id.of("fit")).type(ScoringModelKind.STRATEGIC_FIT).gapWeight(0).build())
        .defaultModel(Id.of("fit")).runs(2000).topK(1).build();
    ConceptPrioritiser prioritiser = ConceptPrioritiser.of(model, FocusAreas.defaults());
    Transformation t = transformation(strategy(0.6, 0.4),
        concept("a").putAlignment(Id.of("o1"), 3).confidence(1).effort(1).build(),
        concept("b").putAlignment(Id.of("o2"), 3).confidence(1).effort(1).build()).build();

    Prioritisation p = prioritiser.prioritise(t);

    Robustness robustness = p.robustness().orElseThrow();
    RankSwap swap = robustness.swaps().get(0);
    assertThat(swap.higher()).isEqualTo(Id.of("a"));
    assertThat(swap.weight()).contains(Id.of("o1"));
    assertThat(swap.change().getAsDouble()).isCloseTo(-0.1, within(1e-12));
    assertThat(swap.newWeight().getAsDouble()).isCloseTo(0.5, within(1e-12));
    RankProbability a = robustness.probabilities().get(0);
    assertThat(a.topK()).isBetween(0.95, 1.0);
    assertThat(a.topK() + robustness.probabilities().get(1).topK()).isCloseTo(1, within(1e-12));
    assertThat(prioritiser.prioritise(t)).isEqualTo(p);
  }

  /**
   * The board green-lit a and c and rejected b; the model recommends the top 1 (no capacity): a. So a agrees,
   * b agrees (rejected, not recommended) and c is an override.
   */
  @Test
  void boardDecisionsAreAuditedAgainstTheRecommendation() {
    PrioritisationModel model = PrioritisationModel.copyOf(PriorityGenerators.ALL_MODELS).withTopK(1);
    Transformation t = transformation(strategy(1, 1), rice("a", 30, 1), rice("b", 20, 1), rice("c", 10, 1))
        .addBoardDecisions(BoardDecision.builder().concept(Id.of("c")).verdict(BoardVerdict.GREEN_LIGHT)
                .rationale("Quick win for support").build(),
            BoardDecision.of(Id.of("b"), BoardVerdict.REJECT), BoardDecision.of(Id.of("a"), BoardVerdict.GREEN_LIGHT))
        .build();

    BoardAudit audit = ConceptPrioritiser.of(model, FocusAreas.defaults()).prioritise(t, model("rice")).audit()
        .orElseThrow();

    assertThat(audit.basis()).isEqualTo("the top 1 of the ranking (no capacity was given)");
    assertThat(audit.entries()).extracting(e -> e.concept().value()).containsExactly("a", "b", "c");
    assertThat(audit.overrides()).containsExactly(Id.of("c"));
    assertThat(audit.entries().get(2).explanation()).isEqualTo(
        "override: the board green-lit 'c' (rank 3), which is not in the top 1 of the ranking (no capacity was given)");
    assertThat(audit.undecided()).isEmpty();
  }

  @Test
  void paretoFrontMarksDominatedConcepts() {
    // RICE values and efforts: a (10, 2), b (10, 3) dominated by a, c (20, 5), d (5, 5) dominated by a, b, c
    Prioritisation p = ALL.prioritise(transformation(strategy(1, 1), rice("a", 10, 2), rice("b", 10, 3),
        rice("c", 20, 5), rice("d", 5, 5)).build(), model("rice"));

    assertThat(p.paretoFront()).containsExactly(Id.of("a"), Id.of("c"));
    assertThat(ranked(p, "b").dominatedBy()).containsExactly(Id.of("a"));
    assertThat(ranked(p, "d").dominatedBy()).containsExactly(Id.of("a"), Id.of("b"), Id.of("c"));
    assertThat(ranked(p, "c").paretoOptimal()).isTrue();
  }

  @Test
  void offScaleEstimatesAreRefusedWhenBuilt() {
    assertThatIllegalArgumentException().isThrownBy(() -> concept("a").impact(4).confidence(80).effort(0).reach(-1)
            .putAlignment(Id.of("o1"), 5).build())
        .withMessage("alignment to objective 'o1' must be from 0 (none) to 3 (strong), was 5; reach must be from 0 "
            + "to 1.0E15, was -1; impact must be on RICE's scale: 3 (massive), 2 (high), 1 (medium), 0.5 (low) or 0.25 "
            + "(minimal), was 4; confidence must be a fraction from 0 to 1 (RICE: 1 high, 0.8 medium, 0.5 low), "
            + "was 80 (write 80% as 0.8); effort must be more than 0 and at most 1.0E15, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> WsjfEstimate.of(8, 5, 3, 0))
        .withMessage("jobSize must be from 1 to 20 on SAFe's relative scale (1, 2, 3, 5, 8, 13, 20), was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> IceEstimate.of(11, 5, 5))
        .withMessage("impact must be from 1 to 10 on ICE's scale, was 11");
  }

  @Test
  void dependencyCyclesAreReportedWithTheirPath() {
    assertThatIllegalArgumentException().isThrownBy(() -> transformation(strategy(1, 1),
            concept("a").addDependsOn(Id.of("b")).build(), concept("b").addDependsOn(Id.of("c")).build(),
            concept("c").addDependsOn(Id.of("a"), Id.of("bb")).putAlignment(Id.of("o3"), 1).build()).build())
        .withMessage("concepts[2].dependsOn[1] 'bb' is not a concept (did you mean 'b'?); concepts[2].alignment "
            + "names objective 'o3', which is not one of the strategy's objectives (did you mean 'o1'?); "
            + "concepts[2].dependsOn[0] 'a' closes a dependency cycle: a → b → c → a");
  }

  @Test
  void everyMissingEstimateAndUnknownGapIsReportedAtOnce() {
    Transformation t = transformation(strategy(1, 1), concept("a").addGap(Id.of("data-acess-and-use")).build(),
        concept("b").reach(10).impact(1).build()).build();

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
        () -> ALL.prioritise(t, PrioritisationOptions.builder().model(Id.of("rice")).build()));

    assertThat(thrown.problems()).containsExactly(
        new InputProblem("/concepts/0/gaps/0", "unknown gap 'data-acess-and-use' (did you mean 'data-access-and-use'?)"),
        new InputProblem("/concepts/0/reach", "the rice model (rice) needs the concept's reach"),
        new InputProblem("/concepts/0/impact", "the rice model (rice) needs the concept's impact"),
        new InputProblem("/concepts/0/confidence", "the rice model (rice) needs the concept's confidence"),
        new InputProblem("/concepts/0/effort", "the rice model (rice) needs the concept's effort"),
        new InputProblem("/concepts/1/confidence", "the rice model (rice) needs the concept's confidence"),
        new InputProblem("/concepts/1/effort", "the rice model (rice) needs the concept's effort"));
    assertThat(ALL.check(t, model("rise"))).containsExactly(new InputProblem("",
        "unknown scoring model 'rise' (did you mean 'rice'?)"));
  }

  @Test
  void objectivesWithoutAWeightCountOneEach() {
    // two objectives with no weight given: each counts 1, so each weighs 1 / 2 after normalising
    Strategy unweighted = Strategy.builder().id(dev.mom.model.Id.of("strategy")).title("S")
        .addObjective(StrategicObjective.builder().id(Id.of("o1")).statement("Grow").build())
        .addObjective(StrategicObjective.builder().id(Id.of("o2")).statement("Retain").build()).build();
    Transformation t = transformation(unweighted, concept("a").confidence(1).effort(1).build()).build();

    assertThat(ALL.check(t)).isEmpty();
    assertThat(ALL.prioritise(t).weights()).extracting(ObjectiveWeight::weight).containsExactly(0.5, 0.5);
  }
}
