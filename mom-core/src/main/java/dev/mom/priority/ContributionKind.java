package dev.mom.priority;

import java.util.Locale;

/** What a {@link Contribution} to a score comes from. In JSON written by {@link #id()}. */
public enum ContributionKind {
  /** A strategic objective the concept is aligned to (strategic-fit). */
  OBJECTIVE,
  /** A gap the concept addresses (strategic-fit). */
  GAP,
  /** A criterion of a weighted model. */
  CRITERION;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code objective}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
