package dev.mom.priority;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Objective weights derived by the analytic hierarchy process from the board's pairwise comparisons: the principal-eigenvector priorities, with the consistency of the judgements.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractAhpResult {

  AbstractAhpResult() {}

  /** The priorities, in the strategy's objective order; they sum to 1. */
  public abstract List<ObjectiveWeight> weights();

  /** How many judges' matrices were aggregated (by geometric mean); 1 for a consensus matrix. */
  public abstract int judges();

  /** λmax, the principal eigenvalue of the (aggregated) comparison matrix; n for a consistent matrix. */
  public abstract double lambdaMax();

  /** CI = max(0, (λmax − n) ÷ (n − 1)); 0 for n = 1. */
  public abstract double consistencyIndex();

  /** RI(n) from the chosen random-index table. */
  public abstract double randomIndex();

  /** CR = CI ÷ RI(n); 0 for n ≤ 2. */
  public abstract double consistencyRatio();

  /** The consistency threshold the ratio was held to. */
  public abstract double threshold();

  /** Whether CR is at most the threshold. */
  public abstract boolean consistent();

  /** How many power iterations were needed. */
  public abstract int iterations();

  /** The judgement that fits the priorities worst; empty for fewer than two objectives. */
  public abstract Optional<JudgementDeviation> mostInconsistent();
}
