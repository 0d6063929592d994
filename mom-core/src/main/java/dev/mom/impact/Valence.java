package dev.mom.impact;

import java.util.Locale;

/** Whether an unintended consequence helps or hurts the transformation. In JSON written by {@link #id()}. */
public enum Valence {
  /** It helps, e.g. the OKRs redesigned around customer outcomes in the MOM case. */
  POSITIVE,
  /** It hurts, e.g. survey fatigue from too many pulse surveys. */
  NEGATIVE;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code positive}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
