package dev.mom.trace;

import java.util.Locale;

/** How progress compares with the progress expected from the elapsed share of the period. In JSON written by {@link #id()}. */
public enum Pace {
  /** More than the pace tolerance below the expected progress. */
  BEHIND,
  /** Within the pace tolerance of the expected progress, both ends included. */
  ON_PACE,
  /** More than the pace tolerance above the expected progress. */
  AHEAD;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code on-pace}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
