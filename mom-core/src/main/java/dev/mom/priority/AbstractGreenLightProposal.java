package dev.mom.priority;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * The concepts the model proposes to green-light: the set of candidates with the greatest total value whose total effort fits the capacity, with every blocker alongside what it blocks and the must-cover focus areas covered; found exactly (branch and bound), not by cutting the ranking.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGreenLightProposal {

  AbstractGreenLightProposal() {}

  /** The effort capacity. */
  public abstract double capacity();

  /** The proposed concepts, in rank order. */
  public abstract List<Id> selected();

  /** Their total value. */
  public abstract double totalValue();

  /** Their total effort; at most the capacity. */
  public abstract double totalEffort();

  /** The focus areas the proposal had to cover. */
  public abstract List<Id> mustCover();

  /** Whether any selection meets the constraints; if not, {@link #selected()} is empty. */
  public abstract boolean feasible();

  /** For comparison: the candidates taken in rank order while they fit (sort and cut), ignoring must-cover. */
  public abstract List<Id> sortAndCut();

  /** The total value of {@link #sortAndCut()}. */
  public abstract double sortAndCutValue();

  /** Why candidates were left out of the search (no effort, dropped blocker, …). */
  public abstract List<String> notes();
}
