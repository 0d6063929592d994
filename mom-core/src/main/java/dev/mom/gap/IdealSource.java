package dev.mom.gap;

import java.util.Locale;

/**
 * Where an indicator's ideal comes from. In JSON each constant is written by its {@link #id()}.
 */
public enum IdealSource {
  /** A fixed target set in the playbook, e.g. 4 ("agree") on a five-point scale. */
  TARGET,
  /**
   * A measured desired state: every respondent answers both "now" and "preferred" (as culture
   * instruments such as the OCAI and SERVQUAL do), and the ideal is the preferred answers' aggregate.
   */
  PREFERRED;

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code preferred}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
