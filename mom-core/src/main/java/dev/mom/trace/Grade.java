package dev.mom.trace;

import java.util.Locale;

/** A Google-style grade of progress by the playbook's half-open grade bands. In JSON written by {@link #id()}. */
public enum Grade {
  /** Below the yellow threshold: no real progress. */
  RED,
  /** From the yellow threshold to below the green one: progress, short of the goal. */
  YELLOW,
  /** From the green threshold up: delivered. */
  GREEN;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code yellow}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
