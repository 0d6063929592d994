package dev.mom.priority;

import dev.mom.model.Id;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recorded decision of the advisory board about one concept: green-lit or rejected, and why. The
 * {@link ConceptPrioritiser} audits these against its own proposal and lists every override.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractBoardDecision {

  AbstractBoardDecision() {}

  /**
   * Returns a decision without rationale or date.
   *
   * @param concept the concept's id
   * @param verdict what the board decided
   * @return the decision
   */
  public static BoardDecision of(Id concept, BoardVerdict verdict) {
    return BoardDecision.builder().concept(concept).verdict(verdict).build();
  }

  /** The concept decided on. */
  public abstract Id concept();

  /** What the board decided. */
  public abstract BoardVerdict verdict();

  /** Why, in the board's words. */
  public abstract Optional<String> rationale();

  /** When. */
  public abstract Optional<LocalDate> date();
}
