package dev.mom.impact;

import java.util.Locale;

/** How a p-value was computed. In JSON written by {@link #id()}. */
public enum PValueMethod {
  /** From Student's t distribution with the reported degrees of freedom (the t tests). */
  T_DISTRIBUTION,
  /** From the exact distribution of the rank statistic (rank tests on fewer than 50 values, without ties or zeros). */
  EXACT,
  /**
   * From the normal approximation of the rank statistic, with the tie correction of its variance and a
   * continuity correction of 0.5 towards the mean (rank tests on larger samples, or with ties or zero differences).
   */
  ASYMPTOTIC;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code t-distribution}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
