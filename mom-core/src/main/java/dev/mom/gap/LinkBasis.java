package dev.mom.gap;

import java.util.Locale;

/**
 * What a strategic objective names that links it to a gap, most specific first. In JSON each constant is
 * written by its {@link #id()}.
 */
public enum LinkBasis {
  /** The objective names the gap's indicator. */
  INDICATOR,
  /** The objective names the indicator's focus area. */
  FOCUS_AREA,
  /** The objective names the indicator's Theory-of-Change level. */
  CHANGE_LEVEL;

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code focus-area}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
