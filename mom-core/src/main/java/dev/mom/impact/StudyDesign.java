package dev.mom.impact;

import java.util.Locale;

/** How the baseline and follow-up measurements of an outcome relate. In JSON written by {@link #id()}. */
public enum StudyDesign {
  /** The same respondents or units are measured in both waves: each baseline value has its follow-up partner. */
  PAIRED,
  /** The waves measure different samples (e.g. an anonymous survey): the two samples are compared as groups. */
  INDEPENDENT;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code paired}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
