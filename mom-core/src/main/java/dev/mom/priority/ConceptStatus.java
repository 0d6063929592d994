package dev.mom.priority;

import java.util.Locale;

/**
 * Where a concept is on its way from idea to practice. In JSON written by {@link #id()}, e.g.
 * {@code "green-lit"}.
 *
 * <p>For the green-light proposal, {@link #IDEA}, {@link #GREEN_LIT} and {@link #PROTOTYPING} concepts are
 * candidates (they still need capacity); {@link #PROVEN} and {@link #ROLLED_OUT} concepts are done (they need
 * no capacity and satisfy dependencies on them); {@link #DROPPED} concepts are never proposed, nor is anything
 * that depends on one.
 */
public enum ConceptStatus {
  /** Designed by the task force, not yet put to the board. */
  IDEA,
  /** Green-lit by the advisory board to be prototyped. */
  GREEN_LIT,
  /** Being prototyped and tested against its success metrics. */
  PROTOTYPING,
  /** Prototyped with proven effect on the transformation. */
  PROVEN,
  /** Rolled out across the company by the action plan. */
  ROLLED_OUT,
  /** Dropped. */
  DROPPED;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code green-lit}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Whether a concept with this status is a candidate for the green-light proposal.
   *
   * @return true for idea, green-lit and prototyping
   */
  public boolean isCandidate() {
    return this == IDEA || this == GREEN_LIT || this == PROTOTYPING;
  }

  /**
   * Whether a concept with this status is done, so that it needs no capacity and satisfies dependencies.
   *
   * @return true for proven and rolled-out
   */
  public boolean isDone() {
    return this == PROVEN || this == ROLLED_OUT;
  }
}
