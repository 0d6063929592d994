package dev.mom.impact;

import java.util.Locale;

/** Which standardised effect size an outcome reports; fixed by the design. In JSON written by {@link #id()}. */
public enum EffectSizeKind {
  /**
   * Cohen's d for independent samples: the difference of means over the pooled standard deviation
   * {@code sqrt(((n1 - 1) s1² + (n2 - 1) s2²) / (n1 + n2 - 2))}, without Hedges' small-sample correction.
   */
  COHENS_D,
  /** Cohen's d_z for paired samples: the mean of the differences over their standard deviation. */
  COHENS_D_Z;

  /**
   * The kind an outcome of the given design reports.
   *
   * @param design the design; not null
   * @return d_z for paired, d for independent
   */
  public static EffectSizeKind of(StudyDesign design) {
    return design == StudyDesign.PAIRED ? COHENS_D_Z : COHENS_D;
  }

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code cohens-d-z}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
