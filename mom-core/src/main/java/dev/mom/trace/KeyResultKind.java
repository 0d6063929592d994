package dev.mom.trace;

import java.util.Locale;

/** What a key result measures, as its author declares it (the outcome-versus-output lint reads the wording as well). In JSON written by {@link #id()}. */
public enum KeyResultKind {
  /** A change in customer or business behaviour, e.g. retention, usage, NPS: what OKRs should measure. */
  OUTCOME,
  /** An amount of work delivered, e.g. features shipped or story points completed. */
  OUTPUT,
  /** A one-off deliverable that is done or not; its progress is binary. */
  MILESTONE;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code milestone}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
