package dev.mom.gap;

import java.util.Locale;

/**
 * Why a Theory-of-Change level is not met. In JSON each constant is written by its {@link #id()}.
 */
public enum BlockerReason {
  /** An indicator of the level has a normalised shortfall above the threshold (staged rule). */
  SHORTFALL,
  /** The level's weighted mean normalised shortfall is above the threshold (additive rule). */
  LEVEL_SHORTFALL,
  /** An indicator of the level (staged), or every indicator of it (additive), has no measurements. */
  NOT_MEASURED,
  /** The playbook has no indicator for the level, so reaching it cannot be shown. */
  NO_INDICATORS;

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code not-measured}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
