package dev.mom.trace;

import java.util.Locale;

/** What linear progress is when a key result's target equals its baseline, so that target − baseline is 0. In JSON written by {@link #id()}. */
public enum ZeroRange {
  /** Progress is undefined: none is reported, and a {@link FindingKind#ZERO_RANGE} finding says why. */
  UNDEFINED,
  /** Progress is binary: 1 when the target is reached in the key result's direction (current ≥ target to increase, ≤ to decrease), else 0. */
  THRESHOLD;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code threshold}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
