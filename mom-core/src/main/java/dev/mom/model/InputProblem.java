package dev.mom.model;

import java.util.Objects;

/**
 * One thing wrong with an engine's input that only the engine can see (an answer off its item's scale, a
 * code the playbook does not have): where it is, as a JSON pointer into the {@code mom/transformation}
 * document ({@code ""} for the whole input), and what is wrong.
 *
 * @param pointer where the problem is, e.g. {@code /surveyResponses/3/answers/q1}
 * @param message what is wrong, in words a consultant can act on
 */
public record InputProblem(String pointer, String message) {

  /**
   * Creates a problem.
   *
   * @param pointer where the problem is; not null
   * @param message what is wrong; not null
   */
  public InputProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** The problem on one line: {@code /pointer: message}, the whole input shown as {@code (document)}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
