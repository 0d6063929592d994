package dev.mom.trace;

import java.util.Locale;

/** Whether key-result progress is clamped into [0, 1]. In JSON written by {@link #id()}. */
public enum Clamping {
  /** Progress is reported as computed: below 0 when the metric moved the wrong way, above 1 when it overshot. */
  NONE,
  /** Progress below 0 is reported as 0 and above 1 as 1; the unclamped value is kept beside it. */
  UNIT_INTERVAL;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code unit-interval}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
