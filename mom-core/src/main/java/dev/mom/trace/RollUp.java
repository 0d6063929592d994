package dev.mom.trace;

import java.util.Locale;

/** How an objective's progress is rolled up from the progress of its key results. In JSON written by {@link #id()}. */
public enum RollUp {
  /** The plain mean of the key results' progress. */
  EQUAL_MEAN,
  /** The mean weighted by each key result's weight (1 when it gives none); a weight of 0 leaves a key result out. */
  WEIGHTED,
  /** The smallest progress of any key result: an objective is as far as its weakest key result. */
  WEAKEST;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code equal-mean}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
