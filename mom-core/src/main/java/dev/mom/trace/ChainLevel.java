package dev.mom.trace;

import java.util.Locale;

/** The levels of the traceability chain gap → concept → road-map item → key result → objective → strategic objective, in that order. In JSON written by {@link #id()}. */
public enum ChainLevel {
  /** A gap (an indicator or focus area id) a concept addresses. */
  GAP,
  /** A concept of the transformation. */
  CONCEPT,
  /** A road-map item. */
  ITEM,
  /** A key result of an OKR objective. */
  KEY_RESULT,
  /** An OKR objective. */
  OBJECTIVE,
  /** An objective of the company strategy. */
  STRATEGIC_OBJECTIVE;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code key-result}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
