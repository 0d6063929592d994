package dev.mom;

import dev.mom.internal.Checks;
import java.util.Objects;

/**
 * One way a case's results differ from its {@link CaseExpectation}: which expectation, what was expected, what
 * the engines gave, and where in the {@link TransformationReport} (as written by {@code mom report --format
 * json}) the explanation is.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is
 * {@code property: expected X, got Y (see /pointer)}.
 *
 * @param property the expectation's JSON property, e.g. {@code verdict} or {@code impact/nps}; not blank
 * @param expected what the expectation says, as text; not blank
 * @param actual what the engines gave, as text; not blank
 * @param explanation a JSON Pointer into the report where the result and its explanation are, e.g.
 *     {@code /gaps/stage/explanation}, or the section's own pointer (e.g. {@code /diagnosis}) when the report
 *     has no such section
 */
public record ExpectationMismatch(String property, String expected, String actual, String explanation) {

  /**
   * Creates a mismatch.
   *
   * @throws IllegalArgumentException if a text is blank or {@code explanation} does not start with {@code /}
   * @throws NullPointerException if an argument is null
   */
  public ExpectationMismatch {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(explanation, "explanation");
    Checks.notBlank(property, "property");
    Checks.notBlank(expected, "expected");
    Checks.notBlank(actual, "actual");
    if (!explanation.startsWith("/")) {
      throw new IllegalArgumentException("explanation must start with '/', was '" + explanation + "'");
    }
  }

  /**
   * The mismatch as one line: {@code property: expected X, got Y (see /pointer)}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return property + ": expected " + expected + ", got " + actual + " (see " + explanation + ")";
  }
}
