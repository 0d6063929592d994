package dev.mom.trace;

import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A what-if change to one key result: drop it, or give it a new target.
 *
 * <p>Invariants, checked when built: a re-target has a finite target, a drop has none.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractKeyResultChange {

  AbstractKeyResultChange() {}

  /**
   * Dropping a key result.
   *
   * @param keyResult the key result; not null
   * @return the change
   */
  public static KeyResultChange drop(Id keyResult) {
    return KeyResultChange.builder().keyResult(keyResult).action(ChangeAction.DROP).build();
  }

  /**
   * Giving a key result a new target.
   *
   * @param keyResult the key result; not null
   * @param target the new target, finite
   * @return the change
   */
  public static KeyResultChange retarget(Id keyResult, double target) {
    return KeyResultChange.builder().keyResult(keyResult).action(ChangeAction.RETARGET).target(target).build();
  }

  /** The key result changed, by id. */
  public abstract Id keyResult();

  /** What is done to it. */
  public abstract ChangeAction action();

  /** The new target of a re-target. */
  public abstract OptionalDouble target();

  @Value.Check
  void check() {
    if (action() == ChangeAction.RETARGET) {
      if (target().isEmpty()) {
        throw new IllegalArgumentException("target must be given to re-target a key result");
      }
      if (!Double.isFinite(target().getAsDouble())) {
        throw new IllegalArgumentException("target must be a finite number, was " + target().getAsDouble());
      }
    } else if (target().isPresent()) {
      throw new IllegalArgumentException("target " + Numbers.format(target().getAsDouble())
          + " is given, but a dropped key result has no target");
    }
  }
}
