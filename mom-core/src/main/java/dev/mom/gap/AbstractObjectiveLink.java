package dev.mom.gap;

import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * A strategic objective a gap is linked to, and why: the objective names the gap's indicator, its focus area
 * or its Theory-of-Change level (the most specific of these is given).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractObjectiveLink {

  AbstractObjectiveLink() {}

  /** The objective's id. */
  public abstract Id objective();

  /** The objective's statement. */
  public abstract String statement();

  /** The objective's weight in the strategy. */
  public abstract double weight();

  /** What the objective names that links it to the gap. */
  public abstract LinkBasis basis();
}
