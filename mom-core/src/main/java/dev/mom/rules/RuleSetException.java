package dev.mom.rules;

import java.util.List;

/**
 * Thrown when a rule set cannot be compiled, carrying <em>every</em> problem found, each with its
 * location, in document order (rule by rule; within a rule its id first, then the condition tree with
 * each node before the nodes inside it). The message lists them all, one per line:
 * <pre>
 * 2 problems in the rule set:
 * rules[0] (sales-decides).when.all[1]: unknown signal 'decisions.decidedBy.sale'; did you mean 'decisions.decidedBy.sales'?
 * rules[2] (sales-decides).id: duplicate rule id 'sales-decides', already used by rules[0]
 * </pre>
 */
public class RuleSetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Transient because problems are not serializable; a deserialized instance keeps only its message. */
  private final transient List<RuleProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems in document order; not null, not empty, no null element
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RuleSetException(List<RuleProblem> problems) {
    super(message(List.copyOf(problems)));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<RuleProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a RuleSetException needs at least one problem");
    }
    StringBuilder text = new StringBuilder()
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the rule set:");
    for (RuleProblem problem : problems) {
      text.append('\n').append(problem);
    }
    return text.toString();
  }

  /**
   * Every problem found, in document order.
   *
   * @return the immutable, non-empty list of problems (empty only on an instance that was deserialized,
   *     since problems are not serializable)
   */
  public List<RuleProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
