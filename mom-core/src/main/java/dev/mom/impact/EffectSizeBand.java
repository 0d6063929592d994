package dev.mom.impact;

import java.util.Locale;

/**
 * The size of a standardised effect in words, by the playbook's {@link EffectSizeBands}: with the default
 * bands very small below 0.2, small from 0.2 to below 0.5, medium from 0.5 to below 0.8 and large from 0.8,
 * always on the absolute value. In JSON written by {@link #id()}.
 */
public enum EffectSizeBand {
  /** Below the small threshold. */
  VERY_SMALL,
  /** From the small threshold to below the medium one. */
  SMALL,
  /** From the medium threshold to below the large one. */
  MEDIUM,
  /** From the large threshold. */
  LARGE;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code very-small}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
