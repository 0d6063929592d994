package dev.mom.gap;

import java.util.Locale;

/**
 * How the Theory-of-Change stage reached is decided. In JSON each constant is written by its {@link #id()}.
 */
public enum MaturityMethod {
  /**
   * The staged rule (as in CMMI's staged representation): a level is met when every one of its indicators
   * is measured and has a normalised shortfall at or below the playbook's threshold; the stage reached is
   * the highest level that is met together with every level below it. Nothing compensates a weak indicator.
   */
  STAGED,
  /**
   * The additive alternative: a level is met when the weighted mean normalised shortfall of its measured
   * indicators is at or below the threshold, so a strong indicator compensates a weak one; the stage
   * reached is still the highest level met together with every level below it. Used only when a playbook
   * asks for it.
   */
  ADDITIVE;

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code additive}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
