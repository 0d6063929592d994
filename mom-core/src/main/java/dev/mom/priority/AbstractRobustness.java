package dev.mom.priority;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * How much the ranking depends on the weights: for each adjacent pair the smallest single-weight change that swaps them, and over seeded Dirichlet perturbations of all weights each concept's probability of ranking in the top k and of being green-lit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRobustness {

  AbstractRobustness() {}

  /** What the perturbed weights are: objectives (strategic-fit) or criteria (weighted). */
  public abstract ContributionKind weightsOf();

  /** The perturbed weights' ids, in order. */
  public abstract List<Id> weights();

  /** One entry per adjacent pair, in rank order. */
  public abstract List<RankSwap> swaps();

  /** How many perturbed weightings were drawn. */
  public abstract int runs();

  /** The seed they were drawn with. */
  public abstract long seed();

  /** The Dirichlet concentration κ. */
  public abstract double concentration();

  /** k. */
  public abstract int topK();

  /** Each concept's probabilities, in rank order. */
  public abstract List<RankProbability> probabilities();
}
