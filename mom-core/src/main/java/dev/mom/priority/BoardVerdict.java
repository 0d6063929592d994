package dev.mom.priority;

import java.util.Locale;

/** What the advisory board decided about a concept. In JSON written by {@link #id()}. */
public enum BoardVerdict {
  /** Green-lit to the prototype phase. */
  GREEN_LIGHT,
  /** Rejected. */
  REJECT;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code green-light}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
