package dev.mom.model;

import java.util.Locale;

/**
 * Where a piece of evidence about the organisation comes from. The MOM case mapped the current situation
 * with one-on-one interviews, a survey and a review of strategic documents, and later monitored change by
 * observation; triangulating several kinds of source raises confidence in a finding.
 *
 * <p>In JSON each constant is written by its {@link #id()}, e.g. {@code "document-review"}.
 */
public enum EvidenceSource {
  /** A one-on-one or small-group interview. */
  INTERVIEW,
  /** A survey answered by employees (or customers). */
  SURVEY,
  /** A review of documents such as the strategy, road maps or meeting minutes. */
  DOCUMENT_REVIEW,
  /** Direct observation of meetings, rituals or work. */
  OBSERVATION;

  /**
   * The id of this source as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code document-review}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
