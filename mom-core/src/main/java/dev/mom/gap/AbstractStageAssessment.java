package dev.mom.gap;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Theory-of-Change stage reached: the highest level that is met together with every level below it
 * (each level builds on the one before), by the model's {@link MaturityMethod}; the next level; and what
 * blocks it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractStageAssessment {

  AbstractStageAssessment() {}

  /** The rule used, as the playbook chose it. */
  public abstract MaturityMethod method();

  /** The maturity threshold used. */
  public abstract double threshold();

  /** The highest level reached; absent when even the lowest level is not met. */
  public abstract Optional<Id> reached();

  /** The rank of the level reached; 0 when none is. */
  public abstract int rank();

  /** The lowest level not met, the next to reach; absent when every level is met. */
  public abstract Optional<Id> next();

  /** What blocks the next level; empty when every level is met. */
  public abstract List<Blocker> blockers();

  /** Each level on its own, lowest first. */
  public abstract List<LevelStatus> levels();

  /** The stage in a sentence or two. */
  public abstract String explanation();
}
