package dev.mom.internal;

import java.util.HashMap;
import java.util.Map;

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
    if (value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException(attribute + " must not be blank");
    }
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
    Map<Object, Integer> first = new HashMap<>();
    int index = 0;
    for (T element : elements) {
      Object k = key.apply(element);
      Integer earlier = first.putIfAbsent(k, index);
      if (earlier != null) {
        throw new IllegalArgumentException(attribute + "[" + index + "]" + (keyName.isEmpty() ? "" : "." + keyName)
            + " '" + k + "' is already used by " + attribute + "[" + earlier + "]");
      }
      index++;
    }
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
