package dev.mom.trace;

import java.util.Locale;

/** When a road-map item is planned, in the now-next-later style; a dated item has a period instead, or as well. In JSON written by {@link #id()}. */
public enum Horizon {
  /** Being worked on now. */
  NOW,
  /** Next, once the current work is done. */
  NEXT,
  /** Later: intended, not yet scheduled. */
  LATER;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code later}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
