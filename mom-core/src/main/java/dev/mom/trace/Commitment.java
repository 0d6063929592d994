package dev.mom.trace;

import java.util.Locale;

/** How an OKR objective is meant: committed objectives are expected to be met in full, aspirational ones (moonshots) are a success well below full progress. In JSON written by {@link #id()}. */
public enum Commitment {
  /** Expected to be met in full within its period. */
  COMMITTED,
  /** A stretch goal; partial progress is a success. */
  ASPIRATIONAL;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code aspirational}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
