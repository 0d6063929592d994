package dev.mom.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.testing.PriorityGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the prioritiser over random portfolios. */
class ConceptPrioritiserPropertiesTest {

  private static final ConceptPrioritiser ALL = ConceptPrioritiserTest.ALL;
  private static final List<String> MODELS = List.of("strategic-fit", "rice", "ice", "ice-mean", "wsjf", "weighted");

  private static PrioritisationOptions options(Random random, String model) {
    PrioritisationOptions.Builder options = PrioritisationOptions.builder().model(Id.of(model))
        .gapSeverities(PriorityGenerators.severities(random)).runs(20);
    if (random.nextBoolean()) {
      options.capacity(1 + random.nextInt(30));
    }
    return options.build();
  }

  private static List<Id> order(Prioritisation p) {
    return p.ranking().stream().map(RankedConcept::concept).toList();
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void everyNumberIsFiniteRanksAreOneToNAndContributionsSumToTheScore(long seed) {
    Random random = new Random(seed);
    Transformation t = PriorityGenerators.transformation(random);
    String model = MODELS.get(random.nextInt(MODELS.size()));
    PrioritisationOptions options = options(random, model);

    Prioritisation p = ALL.prioritise(t, options);

    assertThat(p.ranking()).as("seed %d", seed).hasSize(t.concepts().size());
    for (int r = 0; r < p.ranking().size(); r++) {
      RankedConcept c = p.ranking().get(r);
      assertThat(c.rank()).as("seed %d", seed).isEqualTo(r + 1);
      assertThat(c.score()).as("seed %d: %s", seed, c.concept()).isFinite().isGreaterThanOrEqualTo(0);
      assertThat(c.value()).as("seed %d: %s", seed, c.concept()).isFinite().isGreaterThanOrEqualTo(0);
      if (!c.contributions().isEmpty()) {
        assertThat(c.contributions().stream().mapToDouble(Contribution::contribution).sum())
            .as("seed %d: %s contributions", seed, c.concept()).isCloseTo(c.score(), within(1e-9 * (1 + c.score())));
      }
    }
    p.weights().forEach(w -> assertThat(w.weight()).as("seed %d", seed).isBetween(0.0, 1.0));
    if (!p.weights().isEmpty()) {
      assertThat(p.weights().stream().mapToDouble(ObjectiveWeight::weight).sum()).as("seed %d", seed)
          .isCloseTo(1, within(1e-9));
    }
    p.ahp().ifPresent(ahp -> assertThat(ahp.consistencyRatio()).as("seed %d", seed).isFinite().isGreaterThanOrEqualTo(0));
    p.robustness().ifPresent(rb -> rb.probabilities().forEach(pr -> assertThat(pr.topK()).as("seed %d", seed)
        .isBetween(0.0, 1.0)));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void theOrderOfConceptsAndDecisionsChangesNothing(long seed) {
    Random random = new Random(seed);
    Transformation t = PriorityGenerators.transformation(random);
    PrioritisationOptions options = options(random, MODELS.get(random.nextInt(MODELS.size())));
    List<Concept> concepts = new ArrayList<>(t.concepts());
    List<BoardDecision> decisions = new ArrayList<>(t.boardDecisions());
    Collections.shuffle(concepts, random);
    Collections.shuffle(decisions, random);

    assertThat(ALL.prioritise(t.withConcepts(concepts).withBoardDecisions(decisions), options)).as("seed %d", seed)
        .isEqualTo(ALL.prioritise(t, options));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void scalingAllEffortsKeepsTheRiceAndWsjfOrder(long seed) {
    Random random = new Random(seed);
    Transformation t = PriorityGenerators.transformation(random);
    double factor = Math.scalb(1.0, random.nextInt(7) - 3); // a power of two: the scaled quotients are exact
    List<Concept> efforts = new ArrayList<>();
    List<Concept> jobSizes = new ArrayList<>();
    boolean allScaled = true;
    for (Concept c : t.concepts()) {
      efforts.add(c.withEffort(c.effort().getAsDouble() * factor));
      WsjfEstimate w = c.wsjf().orElseThrow();
      double scaled = w.jobSize() * factor;
      allScaled &= scaled >= 1 && scaled <= 20; // job sizes stay on SAFe's scale
      jobSizes.add(c.withWsjf(allScaled ? w.withJobSize(scaled) : w));
    }
    assertThat(order(ALL.prioritise(t.withConcepts(efforts), ConceptPrioritiserTest.model("rice"))))
        .as("seed %d: rice with efforts × %s", seed, factor)
        .isEqualTo(order(ALL.prioritise(t, ConceptPrioritiserTest.model("rice"))));
    if (allScaled) {
      assertThat(order(ALL.prioritise(t.withConcepts(jobSizes), ConceptPrioritiserTest.model("wsjf"))))
          .as("seed %d: wsjf with job sizes × %s", seed, factor)
          .isEqualTo(order(ALL.prioritise(t, ConceptPrioritiserTest.model("wsjf"))));
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void addingAConceptNeverReordersTheOthersUnderStrategicFit(long seed) {
    Random random = new Random(seed);
    Transformation t = PriorityGenerators.transformation(random);
    PrioritisationOptions options = PrioritisationOptions.builder().gapSeverities(PriorityGenerators.severities(random))
        .runs(1).build();
    Concept added = PriorityGenerators.concept(random, "added", t.strategy().get(), List.of());
    List<Concept> more = new ArrayList<>(t.concepts());
    more.add(added);

    List<Id> before = order(ALL.prioritise(t, options));
    List<Id> after = new ArrayList<>(order(ALL.prioritise(t.withConcepts(more), options)));
    after.remove(added.id());

    assertThat(after).as("seed %d", seed).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void addingADominatedConceptChangesNoOtherRankUnderStrategicFit(long seed) {
    Random random = new Random(seed);
    Transformation t = PriorityGenerators.transformation(random);
    PrioritisationOptions options = PrioritisationOptions.builder().runs(1).build();
    double maxEffort = t.concepts().stream().mapToDouble(c -> c.effort().getAsDouble()).max().orElseThrow();
    // no alignment, no gaps: value 0 for more effort than any other, so every other concept dominates it
    Concept dominated = Concept.builder().id(Id.of("zz-dominated")).name("Dominated").confidence(random.nextDouble())
        .effort(maxEffort + 1).build();
    List<Concept> more = new ArrayList<>(t.concepts());
    more.add(random.nextInt(more.size() + 1), dominated);

    Prioritisation before = ALL.prioritise(t, options);
    Prioritisation after = ALL.prioritise(t.withConcepts(more), options);

    for (RankedConcept c : before.ranking()) {
      RankedConcept same = after.ranking().stream().filter(r -> r.concept().equals(c.concept())).findFirst().get();
      assertThat(same.rank()).as("seed %d: %s", seed, c.concept()).isEqualTo(c.rank());
      assertThat(same.score()).as("seed %d: %s", seed, c.concept()).isEqualTo(c.score());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void theGreenLightProposalIsTheBestFeasibleSelection(long seed) {
    Random random = new Random(seed);
    Transformation t = PriorityGenerators.transformation(random);
    double capacity = 1 + random.nextInt(25);
    Prioritisation p = ALL.prioritise(t, PrioritisationOptions.builder().model(Id.of("rice")).capacity(capacity)
        .runs(1).build());
    GreenLightProposal proposal = p.greenLight().orElseThrow();

    // brute force over every subset of candidates
    List<Concept> concepts = t.concepts();
    double best = 0;
    for (int mask = 0; mask < 1 << concepts.size(); mask++) {
      double value = 0;
      double effort = 0;
      boolean ok = true;
      for (int c = 0; c < concepts.size() && ok; c++) {
        if ((mask & 1 << c) == 0) {
          continue;
        }
        Concept concept = concepts.get(c);
        ok = concept.status().isCandidate();
        for (Id d : concept.dependsOn()) {
          int i = indexOf(concepts, d);
          Concept blocker = concepts.get(i);
          ok &= blocker.status().isDone() || (mask & 1 << i) != 0;
        }
        value += concept.reach().getAsDouble() * concept.impact().getAsDouble() * concept.confidence().getAsDouble();
        effort += concept.effort().getAsDouble();
      }
      if (ok && effort <= capacity) {
        best = Math.max(best, value);
      }
    }
    assertThat(proposal.totalEffort()).as("seed %d", seed).isLessThanOrEqualTo(capacity + 1e-9);
    assertThat(proposal.totalValue()).as("seed %d", seed).isCloseTo(best, within(1e-9 * (1 + best)));
    assertThat(proposal.totalValue()).as("seed %d: against sort and cut", seed)
        .isGreaterThanOrEqualTo(proposal.sortAndCutValue() - 1e-9);
  }

  private static int indexOf(List<Concept> concepts, Id id) {
    for (int i = 0; i < concepts.size(); i++) {
      if (concepts.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void prioritisationsAreDeterministic(long seed) {
    Random random = new Random(seed);
    Transformation t = PriorityGenerators.transformation(random);
    PrioritisationOptions options = options(random, MODELS.get(random.nextInt(MODELS.size())));

    assertThat(ConceptPrioritiser.of(PriorityGenerators.ALL_MODELS, FocusAreas.defaults()).prioritise(t, options))
        .as("seed %d", seed).isEqualTo(ALL.prioritise(t, options));
  }
}
