package dev.mom.priority;

import java.util.Locale;

/** Where the objective weights of a prioritisation came from. In JSON written by {@link #id()}. */
public enum WeightSource {
  /** Given directly on the strategy's objectives, normalised to sum to 1. */
  DIRECT,
  /** Derived by the analytic hierarchy process from the board's pairwise comparisons. */
  AHP;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code ahp}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
