package dev.mom.trace;

import java.util.Locale;

/**
 * A broken hop of the traceability chain gap → concept → road-map item → key result → objective → strategic
 * objective, classified by which side of the hop is there. In JSON written by {@link #id()}.
 */
public enum ChainBreak {
  /** A concept no road-map item realises: it is not planned. */
  NOT_PLANNED,
  /** A road-map item that contributes to no key result: wish-list backlog. */
  WISH_LIST,
  /** A key result no road-map item contributes to: nobody works on it. */
  UNSUPPORTED,
  /** An objective with no key results: nothing says when it is met. */
  NO_KEY_RESULT,
  /**
   * An objective that does not trace to the strategy: neither it nor an ancestor (through
   * {@code parent}) names a strategic objective of the transformation's strategy.
   */
  UNANCHORED,
  /** A strategic objective that no OKR objective is anchored to. */
  NOT_PURSUED;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code wish-list}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
