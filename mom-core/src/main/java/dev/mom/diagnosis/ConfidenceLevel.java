package dev.mom.diagnosis;

import java.util.Locale;

/**
 * A diagnosis confidence in words: {@code LOW} below 0.4, {@code MEDIUM} from 0.4 to below 0.7, {@code HIGH}
 * from 0.7. In JSON written by {@link #id()}.
 */
public enum ConfidenceLevel {
  /** Below 0.4: treat the verdict as a hypothesis to test with more evidence. */
  LOW,
  /** From 0.4 to below 0.7. */
  MEDIUM,
  /** From 0.7. */
  HIGH;

  /**
   * The level of a confidence score.
   *
   * @param score a confidence in [0, 1]
   * @return its level
   */
  public static ConfidenceLevel of(double score) {
    return score < 0.4 ? LOW : score < 0.7 ? MEDIUM : HIGH;
  }

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code medium}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
