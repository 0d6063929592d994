package dev.mom.priority;

import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * A strategic objective's weight as a prioritisation used it: normalised, so that the weights of all objectives sum to 1.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractObjectiveWeight {

  AbstractObjectiveWeight() {}

  /** The objective. */
  public abstract Id objective();

  /** Its normalised weight, from 0 to 1. */
  public abstract double weight();
}
