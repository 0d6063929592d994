package dev.mom.model;

import dev.mom.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One board member's judgement of how much more important one strategic objective is than another, on
 * Saaty's 1–9 scale: {@code value} 3 means "{@code more} is moderately more important than {@code less}",
 * 1 means equal. Reciprocals (1/3 …) are written by swapping the two objectives, so {@code value} is at least 1.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPairwiseJudgement {

  AbstractPairwiseJudgement() {}

  /** Who judged, for group judgements (aggregated by geometric mean); absent for a single consensus judgement. */
  public abstract Optional<Id> judge();

  /** The objective judged the more important (or equal). */
  public abstract Id more();

  /** The objective judged the less important (or equal). */
  public abstract Id less();

  /** How much more important, from 1 (equal) to 9 (extremely more important). */
  public abstract double value();

  @Value.Check
  void check() {
    Checks.finite(value(), "value");
    if (value() < 1 || value() > 9) {
      throw new IllegalArgumentException("value must be on Saaty's scale from 1 to 9, was " + value()
          + " (write 1/x by swapping 'more' and 'less')");
    }
    if (more().equals(less())) {
      throw new IllegalArgumentException("more and less name the same objective '" + more() + "'");
    }
  }
}
