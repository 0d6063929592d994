package dev.mom.diagnosis;

import java.util.Locale;

/** What a diagnosis concludes about who drives product decisions. In JSON written by {@link #id()}. */
public enum Verdict {
  /** One archetype leads the second by at least the playbook's mixed margin. */
  DOMINANT,
  /** Two or more archetypes are within the mixed margin of each other: a mixed organisation. */
  MIXED,
  /** No rule fired: the evidence does not point anywhere, and no archetype is named. */
  INCONCLUSIVE;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code dominant}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
