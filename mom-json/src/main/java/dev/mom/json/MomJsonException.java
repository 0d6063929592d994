package dev.mom.json;

import java.util.List;

/**
 * Thrown when a MOM document cannot be read: it carries every {@link Problem} found, each with its JSON
 * pointer. Nothing half-built escapes: when this is thrown, no value was returned.
 *
 * <p>This is the only exception {@link MomJson}'s read methods throw for bad input, whatever the bytes.
 */
public final class MomJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, in document order; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public MomJsonException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a MomJsonException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    text.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append(" in the document:");
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Every problem found, in document order.
   *
   * @return an immutable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }
}
