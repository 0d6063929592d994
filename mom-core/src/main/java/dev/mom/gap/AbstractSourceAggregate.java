package dev.mom.gap;

import dev.mom.model.EvidenceSource;
import org.immutables.value.Value;

/**
 * An indicator's current value as one kind of source alone gives it (interviews, the survey, document
 * reviews or observations), for triangulation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSourceAggregate {

  AbstractSourceAggregate() {}

  /** The kind of source. */
  public abstract EvidenceSource sourceKind();

  /** How many measurements of the indicator came from this kind of source. */
  public abstract int n();

  /** Their aggregate, on the indicator's aggregate scale. */
  public abstract double current();
}
