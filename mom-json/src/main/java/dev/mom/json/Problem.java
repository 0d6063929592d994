package dev.mom.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a MOM document: where it is, as a JSON pointer (RFC 6901, {@code ""} for the whole
 * document), what is wrong, in words a consultant can act on, and the rejected value where there is one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Problem {

  private static final int MAX_SHOWN = 120;

  private final String pointer;
  private final String message;
  private final Optional<String> rejectedValue;

  private Problem(String pointer, String message, Optional<String> rejectedValue) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
    this.rejectedValue = rejectedValue.map(Problem::shorten);
  }

  /**
   * Returns a problem without a rejected value.
   *
   * @param pointer the JSON pointer of the offending place, e.g. {@code /organisation/name}; not null
   * @param message what is wrong; not null
   * @return the problem
   */
  public static Problem of(String pointer, String message) {
    return new Problem(pointer, message, Optional.empty());
  }

  /**
   * Returns a problem with the value that was rejected (shortened to 120 characters for display).
   *
   * @param pointer the JSON pointer of the offending place; not null
   * @param message what is wrong; not null
   * @param rejectedValue the rejected value as text; not null
   * @return the problem
   */
  public static Problem of(String pointer, String message, String rejectedValue) {
    return new Problem(pointer, message, Optional.of(rejectedValue));
  }

  private static String shorten(String value) {
    return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "… (" + value.length() + " characters)";
  }

  /**
   * Where the problem is, as a JSON pointer; {@code ""} means the document as a whole.
   *
   * @return the pointer; never null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong, e.g. {@code unknown property 'nmae' (did you mean 'name'?)}.
   *
   * @return the message; never null
   */
  public String message() {
    return message;
  }

  /**
   * The rejected value as text, shortened for display, where the problem is about a value.
   *
   * @return the value, or empty
   */
  public Optional<String> rejectedValue() {
    return rejectedValue;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return pointer.equals(that.pointer) && message.equals(that.message) && rejectedValue.equals(that.rejectedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, message, rejectedValue);
  }

  /**
   * The problem on one line: {@code /organisation/name: must not be blank (rejected: " ")}; the whole
   * document is shown as {@code (document)}.
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return where + ": " + message + rejectedValue.map(v -> " (rejected: " + v + ")").orElse("");
  }
}
