package dev.mom.model;

import java.util.List;

/**
 * Thrown when a value is built with several broken invariants at once; each violation is one sentence that
 * starts with the attribute path it is about, e.g.
 * {@code decisions[3].decidedBy 'marketing' is not a function of the organisation [sales, engineering]}, so
 * that all can be fixed in one pass (the JSON reader turns each into a problem with its own pointer).
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, each starting with its attribute path; not empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(List<String> violations) {
    super(String.join("; ", violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * Throws if any violation was found.
   *
   * @param violations the violations found; may be empty
   * @throws InvalidValueException if {@code violations} is not empty
   */
  public static void throwIfAny(List<String> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
  }

  /**
   * Every violation, each starting with its attribute path.
   *
   * @return an immutable, non-empty list
   */
  public List<String> violations() {
    return violations;
  }
}
