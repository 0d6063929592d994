package dev.mom.diagnosis;

import dev.mom.model.Id;
import dev.mom.rules.Truth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of the diagnosis as it was evaluated: whether it fired, what it would add to which archetype,
 * the source it cites, and every comparison of its condition with the value observed — the answer to
 * "which sub-condition failed?".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRuleFiring {

  AbstractRuleFiring() {}

  /** The rule's id. */
  public abstract Id rule();

  /** What the rule says. */
  public abstract String description();

  /** The condition's outcome: true (fired), false, or unknown (a signal it needs had no value). */
  public abstract Truth outcome();

  /** Whether the rule fired. */
  public abstract boolean fired();

  /** The archetype the rule adds to. */
  public abstract Id archetype();

  /** The points it adds when it fires. */
  public abstract double points();

  /** The source passage the rule rests on. */
  public abstract Optional<String> cites();

  /** Every comparison of the condition, in the order they appear. */
  public abstract List<ComparisonResult> comparisons();
}
