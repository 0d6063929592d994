package dev.mom.rules;

import dev.mom.internal.Numbers;
import java.util.Objects;

/**
 * A leaf condition: the observed value of one signal compared with a threshold, e.g.
 * {@code decisions.decidedBy.sales >= 0.4}. For {@link Operator#BETWEEN} the condition holds on
 * {@code [value, upper]}; for every other operator {@code upper} equals {@code value}.
 *
 * @param signal the signal's name, as published in the engine's {@link SignalCatalogue}
 * @param operator how the observed value is tested
 * @param value the threshold, or the low end for {@code between}; finite
 * @param upper the high end for {@code between} (not below {@code value}); equal to {@code value} otherwise
 */
public record Compare(String signal, Operator operator, double value, double upper) implements Condition {

  /** The absolute tolerance of {@link Operator#EQ}: {@code |observed - value| <= 1e-9} holds. */
  public static final double EQ_TOLERANCE = 1e-9;

  /**
   * Creates a comparison.
   *
   * @param signal the signal's name; a valid {@link Signal#name() signal name}
   * @param operator the operator; not null
   * @param value the threshold or low end; finite
   * @param upper the high end for {@code between}; must equal {@code value} for other operators
   * @throws IllegalArgumentException if the name is invalid, a number is not finite, {@code upper} differs
   *     from {@code value} for an operator other than {@code between}, or {@code upper < value}
   */
  public Compare {
    Objects.requireNonNull(operator, "operator");
    Signal.checkName(signal);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("threshold of " + signal + " must be a finite number, was " + value);
    }
    if (!Double.isFinite(upper)) {
      throw new IllegalArgumentException("upper end of " + signal + " must be a finite number, was " + upper);
    }
    if (operator != Operator.BETWEEN && Double.compare(upper, value) != 0) {
      throw new IllegalArgumentException("only 'between' has an upper end; " + operator.id() + " on " + signal
          + " has " + value + " and " + upper);
    }
    if (upper < value) {
      throw new IllegalArgumentException("between on " + signal + " has its low end " + value
          + " above its high end " + upper);
    }
  }

  /**
   * Tests an observed value (which must be a number, not a missing value).
   *
   * @param observed the signal's observed value; finite
   * @return whether the comparison holds
   */
  public boolean test(double observed) {
    switch (operator) {
      case GT:
        return observed > value;
      case GTE:
        return observed >= value;
      case LT:
        return observed < value;
      case LTE:
        return observed <= value;
      case EQ:
        return Math.abs(observed - value) <= EQ_TOLERANCE;
      case BETWEEN:
        return observed >= value && observed <= upper;
      default:
        throw new AssertionError(operator);
    }
  }

  /**
   * The comparison as text for traces, e.g. {@code decisions.decidedBy.sales >= 0.4} or
   * {@code survey.mean in [0.2, 0.5]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (operator == Operator.BETWEEN) {
      return signal + " in [" + Numbers.format(value) + ", " + Numbers.format(upper) + "]";
    }
    return signal + " " + operator.symbol() + " " + Numbers.format(value);
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitCompare(this);
  }

  /** Builds comparisons on one signal: {@code Condition.signal("x").gte(0.4)}. */
  public static final class On {
    private final String signal;

    On(String signal) {
      Signal.checkName(signal);
      this.signal = signal;
    }

    /**
     * Compares with a threshold.
     *
     * @param threshold the threshold; finite
     * @return {@code signal > threshold}
     */
    public Compare gt(double threshold) {
      return new Compare(signal, Operator.GT, threshold, threshold);
    }

    /**
     * Compares with a threshold.
     *
     * @param threshold the threshold; finite
     * @return {@code signal >= threshold}
     */
    public Compare gte(double threshold) {
      return new Compare(signal, Operator.GTE, threshold, threshold);
    }

    /**
     * Compares with a threshold.
     *
     * @param threshold the threshold; finite
     * @return {@code signal < threshold}
     */
    public Compare lt(double threshold) {
      return new Compare(signal, Operator.LT, threshold, threshold);
    }

    /**
     * Compares with a threshold.
     *
     * @param threshold the threshold; finite
     * @return {@code signal <= threshold}
     */
    public Compare lte(double threshold) {
      return new Compare(signal, Operator.LTE, threshold, threshold);
    }

    /**
     * Compares with a threshold.
     *
     * @param threshold the threshold; finite
     * @return {@code |signal - threshold| <= 1e-9}
     */
    public Compare eq(double threshold) {
      return new Compare(signal, Operator.EQ, threshold, threshold);
    }

    /**
     * @param low the low end, finite
     * @param high the high end, finite and not below {@code low}
     * @return {@code low <= signal <= high}
     */
    public Compare between(double low, double high) {
      return new Compare(signal, Operator.BETWEEN, low, high);
    }
  }
}
