package dev.mom.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The invariant checks MOM's value types share; each failure is an {@link IllegalArgumentException}
 * whose message starts with the attribute it is about. Not part of the API: it may change in any release.
 */
public final class Checks {

  private Checks() {}

  /**
   * Rejects blank text: text with no character other than white space and control characters. This is
   * at least as strict as Jakarta's {@code @NotBlank} (which trims characters up to U+0020), so a value
   * that passes here also passes validation at the JSON boundary.
   *
   * @param value the text; not null
   * @param attribute the attribute's name, for the message
   * @throws IllegalArgumentException if {@code value} is empty or only white space and control characters
   */
  public static void notBlank(String value, String attribute) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
        return;
      }
      i += Character.charCount(c);
    }
    throw new IllegalArgumentException(attribute + " must not be blank");
  }

  /**
   * Rejects NaN and the infinities.
   *
   * @param value the number
   * @param attribute the attribute's name, for the message
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static void finite(double value, String attribute) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(attribute + " must be a finite number, was " + value);
    }
  }

  /**
   * Rejects a list in which two elements share a key, naming both positions.
   *
   * @param elements the elements in order; not null
   * @param key what must be unique, e.g. the id
   * @param attribute the list attribute, e.g. {@code focusAreas}
   * @param keyName the key's name, e.g. {@code id}
   * @param <T> the element type
   * @throws IllegalArgumentException with a message such as
   *     {@code focusAreas[2].id 'sales' is already used by focusAreas[0]}
   */
  public static <T> void unique(
      Iterable<T> elements, java.util.function.Function<T, ?> key, String attribute, String keyName) {
    // the keys seen so far without their places (no boxed index per element); the first repeat throws, so
    // the earlier place is looked up once, by a second walk
    Set<Object> seen = elements instanceof Collection
        ? new HashSet<>(capacityFor(((Collection<?>) elements).size()))
        : new HashSet<>();
    int index = 0;
    for (T element : elements) {
      Object k = key.apply(element);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(attribute + "[" + index + "]" + (keyName.isEmpty() ? "" : "." + keyName)
            + " '" + k + "' is already used by " + attribute + "[" + firstIndexOf(elements, key, k) + "]");
      }
      index++;
    }
  }

  private static <T> int firstIndexOf(Iterable<T> elements, java.util.function.Function<T, ?> key, Object k) {
    int index = 0;
    for (T element : elements) {
      if (java.util.Objects.equals(key.apply(element), k)) {
        return index;
      }
      index++;
    }
    throw new IllegalStateException("no element has the key " + k);
  }

  /** The initial capacity of a hash set or map that takes {@code size} entries without growing. */
  private static int capacityFor(int size) {
    return size < 3 ? size + 1 : (int) Math.min(Integer.MAX_VALUE, (long) size * 4 / 3 + 1);
  }

  /**
   * Collects a problem for every element whose key an earlier element already has, naming both positions, so
   * that a check can report every repeat together with its other problems.
   *
   * @param elements the elements in order; not null
   * @param key what must be unique, e.g. the id
   * @param attribute the list attribute, e.g. {@code focusAreas}
   * @param keyName the key's name, e.g. {@code id}, or empty when the elements are the keys
   * @param problems where the problems are added, each as {@link #unique} words it, e.g.
   *     {@code focusAreas[2].id 'sales' is already used by focusAreas[0]}
   * @param <T> the element type
   */
  public static <T> void repeated(Iterable<T> elements, java.util.function.Function<T, ?> key, String attribute,
      String keyName, java.util.List<String> problems) {
    Map<Object, Integer> first = new HashMap<>();
    int index = 0;
    for (T element : elements) {
      Object k = key.apply(element);
      Integer earlier = first.putIfAbsent(k, index);
      if (earlier != null) {
        problems.add(attribute + "[" + index + "]" + (keyName.isEmpty() ? "" : "." + keyName) + " '" + k
            + "' is already used by " + attribute + "[" + earlier + "]");
      }
      index++;
    }
  }
}
