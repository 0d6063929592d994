package dev.mom.diagnosis;

import dev.mom.rules.Operator;
import dev.mom.rules.Truth;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One comparison of a rule's condition as it was evaluated: where in the condition it sits, the signal,
 * the threshold, the value observed (absent when the signal had no value), and the outcome.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractComparisonResult {

  AbstractComparisonResult() {}

  /** Where the comparison sits in the rule's condition, e.g. {@code when.all[1]}. */
  public abstract String path();

  /** The signal compared. */
  public abstract String signal();

  /** The operator. */
  public abstract Operator operator();

  /** The threshold, or the low end for {@code between}. */
  public abstract double threshold();

  /** The high end for {@code between}. */
  public abstract OptionalDouble upper();

  /** The value observed; absent when the signal had no value for this evidence. */
  public abstract OptionalDouble observed();

  /** Whether the comparison held. */
  public abstract Truth outcome();
}
