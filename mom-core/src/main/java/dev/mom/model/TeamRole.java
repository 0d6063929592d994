package dev.mom.model;

import java.util.Locale;

/**
 * The part a team plays in a transformation. In JSON each constant is written by its {@link #id()}.
 */
public enum TeamRole {
  /** The cross-functional task force that runs the transformation (16 employees in the MOM case). */
  TASK_FORCE,
  /** A sub-group of the task force, e.g. the one mapping one focus area. */
  SUB_GROUP,
  /** The advisory board of executives whose support is a precondition, and who green-light concepts. */
  ADVISORY_BOARD,
  /** Key employees enlisted for insight and support (the MOM agents, from October 2020). */
  AGENTS,
  /** A product or pilot team that prototypes and tests concepts. */
  PRODUCT_TEAM;

  /**
   * The id of this role as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code task-force}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
