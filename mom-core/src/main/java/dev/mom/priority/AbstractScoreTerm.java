package dev.mom.priority;


import org.immutables.value.Value;

/**
 * One term of a concept's score: its symbol in the formula, what it means, its value, and how it was computed, with the numbers substituted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractScoreTerm {

  AbstractScoreTerm() {}

  /** The symbol in the formula, e.g. {@code A}. */
  public abstract String symbol();

  /** What the term is, e.g. "strategic alignment". */
  public abstract String name();

  /** Its value, exact. */
  public abstract double value();

  /** How it was computed, e.g. {@code A = Σ w·a ÷ 3 = (0.6×3 + 0.4×1) ÷ 3 = 0.7333}. */
  public abstract String explanation();
}
