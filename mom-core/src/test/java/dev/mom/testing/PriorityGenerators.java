package dev.mom.testing;

import dev.mom.model.FocusArea;
import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import dev.mom.model.PairwiseJudgement;
import dev.mom.model.Scale;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.priority.BoardDecision;
import dev.mom.priority.BoardVerdict;
import dev.mom.priority.Concept;
import dev.mom.priority.ConceptStatus;
import dev.mom.priority.Criterion;
import dev.mom.priority.IceEstimate;
import dev.mom.priority.IceVariant;
import dev.mom.priority.PrioritisationModel;
import dev.mom.priority.RandomIndexTable;
import dev.mom.priority.ScoringModel;
import dev.mom.priority.ScoringModelKind;
import dev.mom.priority.WsjfEstimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators for concept prioritisation: strategies with direct weights or complete pairwise
 * comparisons, concepts carrying every model's estimates (so any model can score them) with acyclic
 * dependencies and gaps among the MOM focus areas, board decisions, and random valid prioritisation models.
 */
public final class PriorityGenerators {

  /** The criteria of {@link #WEIGHTED}. */
  public static final List<Criterion> CRITERIA = List.of(
      Criterion.builder().id(Id.of("value")).name("Customer value").scale(Scale.of(1, 5)).weight(3).build(),
      Criterion.builder().id(Id.of("feasibility")).name("Feasibility").scale(Scale.of(0, 10)).weight(1).build());

  /** A weighted model over {@link #CRITERIA}. */
  public static final ScoringModel WEIGHTED = ScoringModel.builder().id(Id.of("weighted"))
      .type(ScoringModelKind.WEIGHTED).addAllCriteria(CRITERIA).build();

  /** A model with every scoring model, strategic-fit by default. */
  public static final PrioritisationModel ALL_MODELS = PrioritisationModel.builder()
      .addScoringModels(ScoringModel.of("strategic-fit", ScoringModelKind.STRATEGIC_FIT),
          ScoringModel.of("rice", ScoringModelKind.RICE),
          ScoringModel.builder().id(Id.of("ice")).type(ScoringModelKind.ICE).variant(IceVariant.PRODUCT).build(),
          ScoringModel.builder().id(Id.of("ice-mean")).type(ScoringModelKind.ICE).variant(IceVariant.MEAN).build(),
          ScoringModel.of("wsjf", ScoringModelKind.WSJF), WEIGHTED)
      .defaultModel(Id.of("strategic-fit")).runs(50).build();

  private static final double[] IMPACTS = {3, 2, 1, 0.5, 0.25};
  private static final double[] CONFIDENCES = {1, 0.8, 0.5};

  private PriorityGenerators() {}

  /**
   * A strategy of one to four objectives {@code o0…}, each speaking to a random MOM focus area, with direct
   * weights (one may be 0) or, half the time, a complete set of consensus comparisons.
   *
   * @param random the source of randomness
   * @return the strategy
   */
  public static Strategy strategy(Random random) {
    int n = 1 + random.nextInt(4);
    Strategy.Builder builder = Strategy.builder().id(dev.mom.model.Id.of("strategy")).title("Strategy 2021");
    boolean comparisons = n > 1 && random.nextBoolean();
    List<FocusArea> areas = FocusAreas.defaults();
    for (int o = 0; o < n; o++) {
      StrategicObjective.Builder objective = StrategicObjective.builder().id(Id.of("o" + o))
          .statement("Objective " + o).addFocusArea(areas.get(random.nextInt(areas.size())).id());
      if (!comparisons) {
        objective.weight(o == 0 ? 1 + random.nextInt(5) : random.nextInt(6));
      }
      builder.addObjective(objective.build());
    }
    if (comparisons) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double value = 1 + random.nextInt(9);
          boolean forward = random.nextBoolean();
          builder.addComparison(PairwiseJudgement.builder().more(Id.of("o" + (forward ? i : j)))
              .less(Id.of("o" + (forward ? j : i))).value(value).build());
        }
      }
    }
    return builder.build();
  }

  /**
   * A concept {@code id} with every model's estimates, aligned to random objectives of the strategy,
   * addressing up to three MOM focus areas, depending only on {@code earlier} concepts.
   *
   * @param random the source of randomness
   * @param id the concept's id
   * @param strategy the strategy whose objectives it is aligned to
   * @param earlier ids it may depend on
   * @return the concept
   */
  public static Concept concept(Random random, String id, Strategy strategy, List<Id> earlier) {
    Concept.Builder builder = Concept.builder().id(Id.of(id)).name("Concept " + id)
        .status(ConceptStatus.values()[random.nextInt(ConceptStatus.values().length)])
        .reach(random.nextInt(2000)).impact(IMPACTS[random.nextInt(IMPACTS.length)])
        .confidence(random.nextBoolean() ? CONFIDENCES[random.nextInt(3)] : random.nextDouble())
        .effort(0.5 + random.nextInt(20) / 2.0)
        .ice(IceEstimate.of(1 + random.nextInt(10), 1 + random.nextInt(10), 1 + random.nextInt(10)))
        .wsjf(WsjfEstimate.of(1 + random.nextInt(20), 1 + random.nextInt(20), 1 + random.nextInt(20),
            1 + random.nextInt(20)))
        .putRating(Id.of("value"), 1.0 + random.nextInt(5)).putRating(Id.of("feasibility"), random.nextDouble() * 10);
    if (random.nextInt(4) == 0) {
      builder.problem("Problem of " + id);
    }
    for (StrategicObjective objective : strategy.objectives()) {
      if (random.nextInt(3) > 0) {
        builder.putAlignment(objective.id(), random.nextInt(4));
      }
    }
    List<FocusArea> areas = new ArrayList<>(FocusAreas.defaults());
    java.util.Collections.shuffle(areas, random);
    for (int g = 0, n = random.nextInt(4); g < n; g++) {
      builder.addGap(areas.get(g).id());
    }
    for (Id candidate : earlier) {
      if (random.nextInt(5) == 0) {
        builder.addDependsOn(candidate);
      }
    }
    return builder.build();
  }

  /**
   * A transformation with a random strategy, one to eight concepts {@code c0…} and some board decisions.
   *
   * @param random the source of randomness
   * @return the transformation
   */
  public static Transformation transformation(Random random) {
    Strategy strategy = strategy(random);
    Transformation.Builder builder = Transformation.builder().id(Id.of("case")).title("Case")
        .organisation(ModelGenerators.organisation(random)).strategy(strategy);
    List<Id> ids = new ArrayList<>();
    for (int c = 0, n = 1 + random.nextInt(8); c < n; c++) {
      Concept concept = concept(random, "c" + c, strategy, ids);
      builder.addConcept(concept);
      ids.add(concept.id());
    }
    for (Id id : ids) {
      if (random.nextInt(3) == 0) {
        BoardDecision.Builder decision = BoardDecision.builder().concept(id)
            .verdict(random.nextBoolean() ? BoardVerdict.GREEN_LIGHT : BoardVerdict.REJECT);
        if (random.nextBoolean()) {
          decision.rationale("Because " + id).date(LocalDate.of(2020, 11, 1 + random.nextInt(30)));
        }
        builder.addBoardDecision(decision.build());
      }
    }
    return builder.build();
  }

  /**
   * A random valid prioritisation model: one of each type in random order, random parameters and settings.
   *
   * @param random the source of randomness
   * @return the model
   */
  public static PrioritisationModel model(Random random) {
    List<ScoringModel> models = new ArrayList<>();
    models.add(ScoringModel.builder().id(Id.of("fit")).type(ScoringModelKind.STRATEGIC_FIT)
        .gapWeight(random.nextDouble()).assumedGapSeverity(random.nextDouble()).title("Fit").build());
    models.add(ScoringModel.of("rice", ScoringModelKind.RICE));
    models.add(ScoringModel.builder().id(Id.of("ice")).type(ScoringModelKind.ICE)
        .variant(random.nextBoolean() ? IceVariant.PRODUCT : IceVariant.MEAN).build());
    models.add(ScoringModel.of("wsjf", ScoringModelKind.WSJF));
    models.add(WEIGHTED);
    java.util.Collections.shuffle(models, random);
    return PrioritisationModel.builder().addAllScoringModels(models)
        .defaultModel(models.get(random.nextInt(models.size())).id())
        .randomIndex(random.nextBoolean() ? RandomIndexTable.SAATY : RandomIndexTable.ALONSO_LAMATA)
        .consistencyThreshold(random.nextDouble() * 0.2).runs(1 + random.nextInt(100))
        .concentration(1 + random.nextInt(500)).topK(1 + random.nextInt(5)).seed(random.nextLong()).build();
  }

  /**
   * Severities for some of the MOM focus areas.
   *
   * @param random the source of randomness
   * @return gap id to severity in [0, 1]
   */
  public static java.util.Map<Id, Double> severities(Random random) {
    java.util.Map<Id, Double> severities = new java.util.HashMap<>();
    for (FocusArea area : FocusAreas.defaults()) {
      if (random.nextBoolean()) {
        severities.put(area.id(), random.nextInt(3) == 0 ? random.nextInt(2) : random.nextDouble());
      }
    }
    return severities;
  }
}
