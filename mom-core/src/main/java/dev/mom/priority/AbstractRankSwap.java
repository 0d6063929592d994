package dev.mom.priority;

import dev.mom.model.Id;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * For two neighbours in the ranking, the smallest change of a single weight (the others rescaled to keep the sum 1) at which their scores tie; any further change swaps them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRankSwap {

  AbstractRankSwap() {}

  /** The concept ranked higher. */
  public abstract Id higher();

  /** The concept ranked just below it. */
  public abstract Id lower();

  /** The weight whose change swaps them; empty if no single weight can. */
  public abstract Optional<Id> weight();

  /** The signed change of that weight, in normalised units. */
  public abstract OptionalDouble change();

  /** That weight's value at the tie. */
  public abstract OptionalDouble newWeight();
}
