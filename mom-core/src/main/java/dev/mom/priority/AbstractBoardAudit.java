package dev.mom.priority;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * The board's recorded decisions compared with the model: every override listed, and recommended concepts the board has not decided on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractBoardAudit {

  AbstractBoardAudit() {}

  /** What the decisions were compared with, e.g. "the green-light proposal under capacity 12". */
  public abstract String basis();

  /** One entry per board decision, in rank order. */
  public abstract List<AuditEntry> entries();

  /** The concepts whose decision overrode the model, in rank order. */
  public abstract List<Id> overrides();

  /** Recommended concepts with no board decision, in rank order. */
  public abstract List<Id> undecided();
}
