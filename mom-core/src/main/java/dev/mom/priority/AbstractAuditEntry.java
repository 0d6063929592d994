package dev.mom.priority;

import dev.mom.model.Id;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One recorded board decision compared with the model's recommendation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractAuditEntry {

  AbstractAuditEntry() {}

  /** The concept. */
  public abstract Id concept();

  /** What the board decided. */
  public abstract BoardVerdict verdict();

  /** The board's rationale. */
  public abstract Optional<String> rationale();

  /** The concept's rank. */
  public abstract int rank();

  /** Whether the model recommends it. */
  public abstract boolean recommended();

  /** Whether the board overrode the model (green-lit what it does not recommend, or rejected what it does). */
  public abstract boolean override();

  /** The comparison in words. */
  public abstract String explanation();
}
