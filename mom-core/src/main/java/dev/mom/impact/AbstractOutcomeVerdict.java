package dev.mom.impact;

import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * One outcome and its verdict, as a concept's attribution lists them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOutcomeVerdict {

  AbstractOutcomeVerdict() {}

  /** The outcome, by id. */
  public abstract Id outcome();

  /** What the assessment concluded for it. */
  public abstract ImpactVerdict verdict();
}
