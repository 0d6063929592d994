package dev.mom.trace;

import java.util.Locale;

/** Where a road-map item is; informational: every item on the road map is traced, whatever its status. In JSON written by {@link #id()}. */
public enum ItemStatus {
  /** Planned, not started. */
  PLANNED,
  /** Started. */
  IN_PROGRESS,
  /** Delivered. */
  DONE;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code in-progress}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
