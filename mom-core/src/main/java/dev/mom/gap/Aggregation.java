package dev.mom.gap;

import java.util.Locale;

/**
 * How an indicator's measurements become one current value (and, for a measured desired state, one ideal
 * value). In JSON each constant is written by its {@link #id()}.
 */
public enum Aggregation {
  /** The arithmetic mean of the values, on the indicator's scale. */
  MEAN,
  /** The median of the values (the mean of the two middle values when their number is even). */
  MEDIAN,
  /**
   * The share of values at or above the indicator's cut-off, in [0, 1] (e.g. the share answering 4
   * "agree" or 5 on a five-point scale); the indicator's target is then a share too.
   */
  SHARE_AT_OR_ABOVE;

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code share-at-or-above}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
