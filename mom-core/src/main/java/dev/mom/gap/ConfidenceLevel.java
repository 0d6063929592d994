package dev.mom.gap;

import java.util.Locale;

/**
 * How far a gap can be trusted, in words: {@code HIGH} with no reason for doubt, {@code MEDIUM} with one,
 * {@code LOW} with two or more (see {@link GapConfidence}). The same words as the diagnosis uses. In JSON
 * each constant is written by its {@link #id()}.
 */
public enum ConfidenceLevel {
  /** Two or more reasons for doubt: treat the gap as a hypothesis to test with more evidence. */
  LOW,
  /** One reason for doubt. */
  MEDIUM,
  /** No reason for doubt. */
  HIGH;

  /**
   * The level for a number of reasons for doubt.
   *
   * @param doubts how many reasons for doubt were found, 0 or more
   * @return {@code HIGH} for 0, {@code MEDIUM} for 1, {@code LOW} otherwise
   */
  public static ConfidenceLevel of(int doubts) {
    return doubts <= 0 ? HIGH : doubts == 1 ? MEDIUM : LOW;
  }

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code medium}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
