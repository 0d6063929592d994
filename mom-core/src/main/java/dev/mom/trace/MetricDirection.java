package dev.mom.trace;

import java.util.Locale;

/** Which way a key result's metric should go, and so how its progress is measured. In JSON written by {@link #id()}. */
public enum MetricDirection {
  /** The metric should rise from its baseline to its target; progress is linear. */
  INCREASE,
  /** The metric should fall from its baseline to its target; progress is linear. */
  DECREASE,
  /** The metric should stay strictly above its target (a floor); progress is 1 while it does, else 0. */
  STAY_ABOVE,
  /** The metric should stay strictly below its target (a ceiling); progress is 1 while it does, else 0. */
  STAY_BELOW;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code stay-above}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
