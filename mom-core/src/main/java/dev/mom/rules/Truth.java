package dev.mom.rules;

import java.util.Locale;

/**
 * The value of a condition for one input, in Kleene's three-valued logic: a condition is {@link #TRUE},
 * {@link #FALSE}, or {@link #UNKNOWN} when it depends on a signal that has no value for this input (the
 * share of decisions decided by sales when the decision log is empty, for example). A rule fires only on
 * {@code TRUE}.
 *
 * <p>The connectives follow Kleene's strong logic, so double negation and De Morgan's laws hold:
 * <pre>
 *   and      | TRUE     FALSE  UNKNOWN        or       | TRUE  FALSE    UNKNOWN      not
 *   ---------+--------------------------      ---------+-----------------------      TRUE    → FALSE
 *   TRUE     | TRUE     FALSE  UNKNOWN        TRUE     | TRUE  TRUE     TRUE         FALSE   → TRUE
 *   FALSE    | FALSE    FALSE  FALSE          FALSE    | TRUE  FALSE    UNKNOWN      UNKNOWN → UNKNOWN
 *   UNKNOWN  | UNKNOWN  FALSE  UNKNOWN        UNKNOWN  | TRUE  UNKNOWN  UNKNOWN
 * </pre>
 * {@code TRUE} is the identity of {@code and} (so an empty {@code all} is {@code TRUE}) and {@code FALSE}
 * the identity of {@code or} (so an empty {@code any} is {@code FALSE}).
 *
 * <p>Immutable and thread-safe.
 */
public enum Truth {
  /** The condition holds. */
  TRUE,
  /** The condition does not hold. */
  FALSE,
  /** The condition depends on a signal without a value, and the values it has do not decide it. */
  UNKNOWN;

  /**
   * The truth of a two-valued test.
   *
   * @param holds whether the test holds
   * @return {@code TRUE} or {@code FALSE}
   */
  public static Truth of(boolean holds) {
    return holds ? TRUE : FALSE;
  }

  /**
   * Kleene conjunction: {@code FALSE} if either side is, else {@code UNKNOWN} if either side is, else
   * {@code TRUE}.
   *
   * @param other the other side; not null
   * @return the conjunction
   */
  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }

  /**
   * Kleene disjunction: {@code TRUE} if either side is, else {@code UNKNOWN} if either side is, else
   * {@code FALSE}.
   *
   * @param other the other side; not null
   * @return the disjunction
   */
  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
  }

  /**
   * Kleene negation: swaps {@code TRUE} and {@code FALSE}, keeps {@code UNKNOWN}.
   *
   * @return the negation
   */
  public Truth not() {
    switch (this) {
      case TRUE:
        return FALSE;
      case FALSE:
        return TRUE;
      default:
        return UNKNOWN;
    }
  }

  /**
   * Whether this is {@code TRUE}: the test a rule must pass to fire.
   *
   * @return {@code this == TRUE}
   */
  public boolean isTrue() {
    return this == TRUE;
  }

  /**
   * The truth as written in traces and reports: {@code true}, {@code false} or {@code unknown}.
   *
   * @return the lowercase name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
