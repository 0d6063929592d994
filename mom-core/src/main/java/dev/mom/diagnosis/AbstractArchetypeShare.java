package dev.mom.diagnosis;

import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * An archetype's share in one view of the evidence (the decision log alone, one function's survey answers).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractArchetypeShare {

  AbstractArchetypeShare() {}

  /** The archetype. */
  public abstract Id archetype();

  /** Its share of the points in this view, in [0, 1]. */
  public abstract double share();
}
