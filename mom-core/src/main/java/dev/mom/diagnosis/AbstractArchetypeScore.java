package dev.mom.diagnosis;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * An archetype's result: the points its fired rules added, its share of all points, and those rules.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractArchetypeScore {

  AbstractArchetypeScore() {}

  /** The archetype. */
  public abstract Id archetype();

  /** Its label. */
  public abstract String label();

  /** Whether it is the ideal (customer-driven). */
  public abstract boolean ideal();

  /** The sum of the points of its fired rules; 0 or more. */
  public abstract double points();

  /** Its share of all points in [0, 1]; the shares of all archetypes sum to 1 unless no rule fired (all 0). */
  public abstract double share();

  /** The fired rules that added to it, in rule order. */
  public abstract List<Id> rules();
}
