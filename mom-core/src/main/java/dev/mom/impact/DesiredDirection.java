package dev.mom.impact;

import java.util.Locale;

/** Which way an outcome's metric should move for the outcome to count as improved. In JSON written by {@link #id()}. */
public enum DesiredDirection {
  /** Higher is better, e.g. the share of decisions that cite customer insight. */
  INCREASE,
  /** Lower is better, e.g. days from a customer request to a product decision. */
  DECREASE;

  /**
   * Tells whether a difference follow-up − baseline points the desired way.
   *
   * @param difference a finite difference
   * @return true if it is positive for {@link #INCREASE} or negative for {@link #DECREASE}; false for 0
   */
  public boolean isImprovement(double difference) {
    return this == INCREASE ? difference > 0 : difference < 0;
  }

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code increase}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
