package dev.mom.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Numbers distinct values 0, 1, 2, … in the order they are first seen, so that an engine can keep per-value
 * figures in arrays. It checks the value it numbered last before its map, because records of one respondent or
 * unit usually come together. Not thread-safe: an engine run makes its own. Not part of the API.
 *
 * @param <T> the values; their {@code equals} and {@code hashCode} decide what is distinct
 */
public final class Numbering<T> {

  private final Map<T, Integer> numbers = new HashMap<>();
  private final List<T> values = new ArrayList<>();
  private @Nullable T last;
  private int lastNumber = -1;

  /**
   * The number of a value, given it now if it is new.
   *
   * @param value the value; not null
   * @return its number, from 0
   */
  public int of(T value) {
    if (!value.equals(last)) {
      last = value;
      Integer known = numbers.get(value);
      if (known == null) {
        known = values.size();
        numbers.put(value, known);
        values.add(value);
      }
      lastNumber = known;
    }
    return lastNumber;
  }

  /**
   * The values numbered so far: number {@code n} is {@code values().get(n)}.
   *
   * @return an unmodifiable view, in the order they were first seen
   */
  public List<T> values() {
    return Collections.unmodifiableList(values);
  }

  /**
   * How many distinct values were numbered.
   *
   * @return the count
   */
  public int size() {
    return values.size();
  }
}
