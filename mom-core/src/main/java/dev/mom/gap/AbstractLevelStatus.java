package dev.mom.gap;

import dev.mom.model.Id;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Whether one Theory-of-Change level is met on its own, and what keeps it from being met.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractLevelStatus {

  AbstractLevelStatus() {}

  /** The level's id. */
  public abstract Id level();

  /** The level's rank, 1 for the lowest. */
  public abstract int rank();

  /** Whether the level's own indicators meet the rule, regardless of the levels below. */
  public abstract boolean met();

  /** How many indicators the level has. */
  public abstract int indicators();

  /** How many of them are measured and at or below the threshold. */
  public abstract int metIndicators();

  /** The weighted mean shortfall of the level's measured indicators, if any has a positive weight. */
  public abstract OptionalDouble shortfall();

  /** What keeps the level from being met; empty when it is met. */
  public abstract List<Blocker> blockers();
}
