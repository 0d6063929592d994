package dev.mom.model;

import java.util.Objects;

/**
 * The identifier of anything a consultant names in a MOM document: a concept, an indicator, a rule, a
 * key result, a focus area. An id is 1 to 64 characters from lowercase letters {@code a-z}, digits
 * {@code 0-9}, {@code -}, {@code _} and {@code .}, so that it reads the same in a file, a URL and a
 * report, and never needs quoting.
 *
 * <p>Immutable and thread-safe; ordered by its text; equal ids have equal text.
 */
public final class Id implements Comparable<Id> {

  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 64;

  /** The pattern every id matches, as a regular expression (also used in the JSON Schemas). */
  public static final String PATTERN = "[a-z0-9._-]{1," + MAX_LENGTH + "}";

  private final String value;

  private Id(String value) {
    this.value = value;
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the text of the id; not null
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 characters from {@code a-z 0-9 - _ .};
   *     the message quotes the rejected text and says what is allowed
   * @throws NullPointerException if {@code value} is null
   */
  public static Id of(String value) {
    Objects.requireNonNull(value, "id");
    if (!isValid(value)) {
      throw new IllegalArgumentException(describeInvalid(value));
    }
    return new Id(value);
  }

  /**
   * Tells whether a text is a valid id, without throwing.
   *
   * @param value any text; not null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isValid(String value) {
    // the set of PATTERN, checked by hand: a regular expression's matcher costs far more, and every id of a
    // document passes here (twice when it is read from JSON)
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Says what is wrong with a text that is not a valid id, in words a consultant can act on.
   *
   * @param value the rejected text; not null
   * @return a message such as {@code invalid id 'Sales Led': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.'}
   */
  public static String describeInvalid(String value) {
    // count and cut by code points, so an emoji is one character and is never split into a lone surrogate
    int length = value.codePointCount(0, value.length());
    String shown = length > 80 ? value.substring(0, value.offsetByCodePoints(0, 80)) + "…" : value;
    if (value.isEmpty()) {
      return "invalid id '': an id must not be empty";
    }
    if (length > MAX_LENGTH) {
      return "invalid id '" + shown + "': an id has at most " + MAX_LENGTH + " characters, this one has "
          + length;
    }
    return "invalid id '" + shown + "': use 1 to " + MAX_LENGTH
        + " characters from a-z, 0-9, '-', '_' and '.' (no capitals, no spaces)";
  }

  /**
   * The text of this id.
   *
   * @return the text; never null or empty
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(Id other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Id && ((Id) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the text of this id, exactly as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
