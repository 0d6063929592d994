package dev.mom.rules;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import java.util.Objects;
import java.util.Optional;

/**
 * One mistake (or, among a compiled rule set's {@link CompiledRuleSet#warnings() warnings}, one doubtful
 * spot) in a rule set, with where it is, so that a consultant can fix a file in one pass.
 *
 * <p>The {@code location} names the rule by index and id and follows the condition tree with the names
 * used in JSON: {@code rules[2] (sales-decides).when.all[1]}, {@code rules[0] (tech-decides).when.not},
 * {@code rules[3] (sales-decides).id}. The {@code pointer} is the same place as a JSON Pointer relative to
 * the rule set's document, e.g. {@code /rules/2/when/all/1}, for tools that mark the file.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is {@code location + ": " + message}.
 *
 * @param location where the problem is, e.g. {@code rules[2] (sales-decides).when.all[1]}; not blank
 * @param pointer the same place as a JSON Pointer, e.g. {@code /rules/2/when/all/1}; empty for the whole
 *     document, otherwise starting with {@code /}
 * @param ruleId the id of the rule the problem is in, when known
 * @param message what is wrong, in words a consultant can act on; not blank
 */
public record RuleProblem(String location, String pointer, Optional<Id> ruleId, String message) {

  /**
   * Creates a problem.
   *
   * @throws IllegalArgumentException if {@code location} or {@code message} is blank, or {@code pointer}
   *     is neither empty nor starts with {@code /}
   * @throws NullPointerException if an argument is null
   */
  public RuleProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    Checks.notBlank(location, "location");
    Checks.notBlank(message, "message");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer must be empty or start with '/', was '" + pointer + "'");
    }
  }

  /**
   * The problem as one line: {@code location: message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
