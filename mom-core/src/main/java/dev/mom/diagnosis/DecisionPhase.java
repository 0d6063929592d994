package dev.mom.diagnosis;

import java.util.Locale;

/**
 * Where in product development a decision was taken. In JSON each constant is written by its {@link #id()}.
 */
public enum DecisionPhase {
  /** Choosing what goes on the road map. */
  ROADMAP,
  /** Discovery: finding and understanding the problem. */
  DISCOVERY,
  /** Definition: shaping the solution and its scope. */
  DEFINITION,
  /** Build: decisions taken while building. */
  BUILD,
  /** Release: what ships, when and to whom. */
  RELEASE;

  /**
   * The id of this phase as written in documents.
   *
   * @return e.g. {@code roadmap}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
