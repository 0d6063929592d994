package dev.mom.playbook;

import dev.mom.model.Id;
import dev.mom.priority.IceVariant;
import dev.mom.priority.PrioritisationModel;
import dev.mom.priority.RandomIndexTable;
import dev.mom.priority.ScoringModel;
import dev.mom.priority.ScoringModelKind;

/**
 * The concept prioritisation of the MOM playbook. In the MOM case the advisory board prioritised actions in
 * line with the company strategy for 2021 and green-lit the task force's concepts to prototype (seed 001);
 * initiatives map back to company goals (seed 002). So the default model is {@code strategic-fit}: the
 * strategy-weighted alignment of a concept to the objectives, with the gaps it closes weighing 0.3 (the
 * current-situation mapping and gap analysis came first in the project trail, but the board decided by the
 * strategy), times confidence, over effort. The common product-management models are offered beside it for
 * comparison: {@code rice}, {@code ice} (product) and {@code ice-mean}, and {@code wsjf}. A {@code weighted}
 * model needs a client's own criteria, so the default playbook has none.
 *
 * <p>AHP uses Saaty's classic random-index table and the customary 0.10 consistency threshold; the
 * robustness analysis draws 1000 weightings from Dirichlet(100·w) with seed 2021 and reports the top 3.
 *
 * <p>Holds immutable values only; thread-safe.
 */
final class DefaultPrioritisation {

  private static final PrioritisationModel MODEL = PrioritisationModel.builder()
      .addScoringModels(
          ScoringModel.builder().id(Id.of("strategic-fit")).type(ScoringModelKind.STRATEGIC_FIT)
              .title("Strategic fit: strategy-weighted alignment and gaps closed, times confidence, over effort")
              .gapWeight(0.3).assumedGapSeverity(0.5).build(),
          ScoringModel.builder().id(Id.of("rice")).type(ScoringModelKind.RICE)
              .title("RICE: reach × impact × confidence ÷ effort").build(),
          ScoringModel.builder().id(Id.of("ice")).type(ScoringModelKind.ICE).variant(IceVariant.PRODUCT)
              .title("ICE: impact × confidence × ease").build(),
          ScoringModel.builder().id(Id.of("ice-mean")).type(ScoringModelKind.ICE).variant(IceVariant.MEAN)
              .title("ICE: the mean of impact, confidence and ease").build(),
          ScoringModel.builder().id(Id.of("wsjf")).type(ScoringModelKind.WSJF)
              .title("WSJF: cost of delay ÷ job size").build())
      .defaultModel(Id.of("strategic-fit"))
      .randomIndex(RandomIndexTable.SAATY)
      .consistencyThreshold(0.10)
      .runs(1000)
      .concentration(100)
      .topK(3)
      .seed(2021)
      .build();

  private DefaultPrioritisation() {}

  /**
   * The default prioritisation model.
   *
   * @return the model; the same instance on every call
   */
  static PrioritisationModel model() {
    return MODEL;
  }
}
