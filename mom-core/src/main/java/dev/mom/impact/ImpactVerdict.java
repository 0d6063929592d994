package dev.mom.impact;

import java.util.Locale;

/** What the impact assessment concludes about one outcome. In JSON written by {@link #id()}. */
public enum ImpactVerdict {
  /**
   * The change is significant after the Holm adjustment, points the desired way, and the difference of means
   * is at least the outcome's minimum difference.
   */
  IMPROVED,
  /** As {@link #IMPROVED}, but the change points against the desired direction. */
  WORSENED,
  /**
   * The data were tested, but show no change that is both significant after the Holm adjustment and at
   * least the minimum difference that matters; the reason says which condition failed.
   */
  NO_DETECTABLE_CHANGE,
  /**
   * The outcome was not tested, or its test is undefined for the data: fewer pairs or measurements than the
   * playbook's minimum sample size, or no spread to test (e.g. a paired t test on pairs that all changed by
   * the same amount). Never "significant".
   */
  INSUFFICIENT_DATA;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code no-detectable-change}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
