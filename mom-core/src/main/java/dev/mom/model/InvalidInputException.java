package dev.mom.model;

import java.util.List;

/**
 * Thrown by an engine when its input does not fit the playbook it runs with; carries every
 * {@link InputProblem} found, so that all can be fixed in one pass. An engine checks its input completely
 * before computing anything: when this is thrown, nothing was computed.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, in input order; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(List<InputProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<InputProblem> problems) {
    StringBuilder text = new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    text.append(" in the input:");
    for (InputProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Every problem found, in input order.
   *
   * @return an immutable, non-empty list
   */
  public List<InputProblem> problems() {
    return problems;
  }
}
