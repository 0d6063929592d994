package dev.mom.trace;

import java.util.Locale;

/** How a key result's progress was computed. In JSON written by {@link #id()}. */
public enum ProgressMethod {
  /** (current − baseline) ÷ (target − baseline), for increase and decrease. */
  LINEAR,
  /** 1 when the metric is beyond its threshold in its direction, else 0: stay-above, stay-below, and a zero range under {@link ZeroRange#THRESHOLD}. */
  THRESHOLD,
  /** 1 when the milestone's target is reached in its direction, else 0. */
  MILESTONE;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code linear}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
