package dev.mom.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a MOM document: where it is, as a JSON pointer (RFC 6901, {@code ""} for the whole
 * document), what is wrong, in words a consultant can act on, and the rejected value where there is one.
 *
 * <p>When one read involves several documents (a client playbook and the base playbooks it
 * {@code extends}), a problem in another document than the one being read names that document in
 * {@link #source()}; the pointer then points into that document.
 *
 * <p>Immutable and thread-safe.
 */
public final class Problem {

  private static final int MAX_SHOWN = 120;

  private final String pointer;
  private final String message;
  private final Optional<String> rejectedValue;
  private final Optional<String> source;

  /** The rejected value is as shown: already shortened. */
  private Problem(String pointer, String message, Optional<String> shownValue, Optional<String> source) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
    this.rejectedValue = shownValue;
    this.source = source;
  }

  /**
   * Returns a problem without a rejected value.
   *
   * @param pointer the JSON pointer of the offending place, e.g. {@code /organisation/name}; not null
   * @param message what is wrong; not null
   * @return the problem
   */
  public static Problem of(String pointer, String message) {
    return new Problem(pointer, message, Optional.empty(), Optional.empty());
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
    return new Problem(pointer, message, Optional.of(shorten(rejectedValue)), Optional.empty());
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

  /**
   * The document the problem is in when it is not the one being read: a base playbook's file (as the
   * user named it) or id. Empty means the document being read.
   *
   * @return the other document's name, or empty
   */
  public Optional<String> source() {
    return source;
  }

  /**
   * This problem, placed in another document than the one being read.
   *
   * @param document the other document's name, e.g. the file {@code base.json}; not null
   * @return a problem like this one with {@link #source()} set
   */
  public Problem in(String document) {
    return new Problem(pointer, message, rejectedValue, Optional.of(Objects.requireNonNull(document, "document")));
  }

  /** This problem at another place, with another message, keeping its rejected value (already shortened) and source. */
  Problem placedAt(String newPointer, String newMessage) {
    return new Problem(newPointer, newMessage, rejectedValue, source);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return pointer.equals(that.pointer) && message.equals(that.message) && rejectedValue.equals(that.rejectedValue)
        && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, message, rejectedValue, source);
  }

  /**
   * The problem on one line: {@code /organisation/name: must not be blank (rejected: " ")}; the whole
   * document is shown as {@code (document)}. A problem in another document starts with that document's
   * name: {@code base.json: /extends: unknown base playbook 'x'}.
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return source.map(document -> document + ": ").orElse("") + where + ": " + message
        + rejectedValue.map(v -> " (rejected: " + v + ")").orElse("");
  }
}
