package dev.mom.gap;

import java.util.Locale;

/**
 * Which way an indicator improves. In JSON each constant is written by its {@link #id()}.
 */
public enum Direction {
  /** More is better, e.g. agreement that daily decisions rest on customer data. */
  HIGHER_IS_BETTER,
  /** Less is better, e.g. the share of road-map items that began as a sales promise. */
  LOWER_IS_BETTER;

  /**
   * The sign that orients a difference so that a positive gap is a shortfall: {@code +1} for
   * {@link #HIGHER_IS_BETTER}, {@code -1} for {@link #LOWER_IS_BETTER}.
   *
   * @return +1 or -1
   */
  public double sign() {
    return this == HIGHER_IS_BETTER ? 1.0 : -1.0;
  }

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code higher-is-better}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
