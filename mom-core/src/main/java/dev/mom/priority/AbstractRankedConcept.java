package dev.mom.priority;

import dev.mom.model.Id;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One concept's place in a prioritisation: its rank, score, value and effort, the formula with its numbers substituted, every term and contribution, and where it stands on the Pareto front.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRankedConcept {

  AbstractRankedConcept() {}

  /** The concept. */
  public abstract Id concept();

  /** Its name. */
  public abstract String name();

  /** Its status. */
  public abstract ConceptStatus status();

  /** Its rank, 1 for the first. */
  public abstract int rank();

  /** Its score under the model, exact. */
  public abstract double score();

  /** Its value: what the green-light proposal maximises and the Pareto front weighs against effort. */
  public abstract double value();

  /** Its effort, if estimated. */
  public abstract OptionalDouble effort();

  /** The model's formula, in symbols. */
  public abstract String formula();

  /** The formula with this concept's numbers substituted (rounded to 4 decimals for display). */
  public abstract String substituted();

  /** Every term of the formula. */
  public abstract List<ScoreTerm> terms();

  /** What each objective, gap or criterion adds to the score (strategic-fit, weighted); they sum to the score. */
  public abstract List<Contribution> contributions();

  /** Whether no other concept has at least its value for at most its effort (and is better in one); false without effort. */
  public abstract boolean paretoOptimal();

  /** The concepts that dominate it on value versus effort, by id. */
  public abstract List<Id> dominatedBy();
}
