package dev.mom.priority;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to "which concepts, in line with the strategy?": the ranked concepts with every score explained, the weights used (with the AHP consistency when derived), the Pareto front of value against effort, the green-light proposal under the capacity, the ranking's robustness to the weights, and the audit of the board's decisions.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPrioritisation {

  AbstractPrioritisation() {}

  /** The scoring model's id. */
  public abstract Id model();

  /** The scoring model's type. */
  public abstract ScoringModelKind type();

  /** Where the objective weights came from; empty without a strategy. */
  public abstract Optional<WeightSource> weightSource();

  /** The objective weights used, in the strategy's order; empty without a strategy. */
  public abstract List<ObjectiveWeight> weights();

  /** The AHP derivation, when the weights were derived. */
  public abstract Optional<AhpResult> ahp();

  /** Every concept, in rank order. */
  public abstract List<RankedConcept> ranking();

  /** The concepts on the Pareto front of value versus effort, by effort ascending (ties by id). */
  public abstract List<Id> paretoFront();

  /** The green-light proposal, when a capacity was given. */
  public abstract Optional<GreenLightProposal> greenLight();

  /** The robustness analysis, for models with weights (strategic-fit, weighted). */
  public abstract Optional<Robustness> robustness();

  /** The audit of the board's decisions, when any are recorded. */
  public abstract Optional<BoardAudit> audit();

  /** Warnings: inconsistent AHP judgements, ignored direct weights, and the like. */
  public abstract List<String> warnings();
}
