package dev.mom.trace;

import java.util.Locale;

/** What a traceability {@link Finding} is about, grouped by {@link #category()}. In JSON written by {@link #id()}. */
public enum FindingKind {
  /** Integrity: an objective, key result or road-map item id used twice; the first is the one traced. */
  DUPLICATE_ID(Category.INTEGRITY),
  /** Integrity: a reference to an objective, strategic objective, key result or concept that does not exist. */
  DANGLING_REFERENCE(Category.INTEGRITY),
  /** Integrity: objectives whose parents lead back to themselves; the finding's path names the cycle. */
  OBJECTIVE_CYCLE(Category.INTEGRITY),
  /** Integrity: a road-map item dated outside the period of a key result it is linked to. */
  OUTSIDE_PERIOD(Category.INTEGRITY),
  /** Integrity: a key result's customer metric is not one the playbook knows. */
  UNKNOWN_CUSTOMER_METRIC(Category.INTEGRITY),
  /** Integrity: a key result's target lies on the wrong side of its baseline for its direction. */
  DIRECTION_MISMATCH(Category.INTEGRITY),
  /** Chain: a concept no road-map item realises. */
  NOT_PLANNED(Category.CHAIN),
  /** Chain: a road-map item that contributes to no key result (wish-list backlog). */
  WISH_LIST(Category.CHAIN),
  /** Chain: a key result no road-map item contributes to. */
  UNSUPPORTED(Category.CHAIN),
  /** Chain: an objective without key results. */
  NO_KEY_RESULT(Category.CHAIN),
  /** Chain: an objective that does not trace to a strategic objective. */
  UNANCHORED(Category.CHAIN),
  /** Chain: a strategic objective no OKR objective is anchored to. */
  NOT_PURSUED(Category.CHAIN),
  /** Lint: the key result names activity or delivery (the playbook's output words). */
  OUTPUT_WORDING(Category.LINT),
  /** Lint: the key result is declared an output or a milestone. */
  DECLARED_OUTPUT(Category.LINT),
  /** Lint: the key result names no metric. */
  NO_METRIC(Category.LINT),
  /** Lint: the key result has no baseline or no target, so no movement is stated. */
  NO_MOVEMENT(Category.LINT),
  /** Lint: the key result should increase or decrease, but its target equals its baseline. */
  NO_CHANGE(Category.LINT),
  /** Lint: the key result names no customer behaviour: no customer-metric tag and none of the playbook's customer words. */
  NO_CUSTOMER_BEHAVIOUR(Category.LINT),
  /** Customer metrics: an objective none of whose key results names customer behaviour. */
  NO_CUSTOMER_KEY_RESULT(Category.CUSTOMER_METRICS),
  /** Customer metrics: an objective all of whose key results are output-style. */
  ALL_OUTPUTS(Category.CUSTOMER_METRICS),
  /** Progress: linear progress needs a range, but the target equals the baseline. */
  ZERO_RANGE(Category.PROGRESS),
  /** Progress: the key result lacks a number its progress needs (current, target or baseline). */
  NO_PROGRESS_DATA(Category.PROGRESS);

  /** The groups of findings, in the order a report lists them. */
  public enum Category {
    /** The OKR and road-map data contradict themselves. */
    INTEGRITY,
    /** A hop of the traceability chain is missing. */
    CHAIN,
    /** A key result reads like an output rather than an outcome. */
    LINT,
    /** An objective lacks customer-behaviour key results. */
    CUSTOMER_METRICS,
    /** A key result's progress cannot be computed. */
    PROGRESS
  }

  private final Category category;

  FindingKind(Category category) {
    this.category = category;
  }

  /**
   * The group this kind belongs to.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code dangling-reference}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
