package dev.mom.impact;

import java.util.Locale;

/**
 * The significance test chosen for an outcome. The choice is explicit, never made from the data: a paired
 * test for a {@linkplain StudyDesign#PAIRED paired} design, a two-sample test for an
 * {@linkplain StudyDesign#INDEPENDENT independent} one; a t test compares means, a rank test compares
 * locations without assuming normal data (the usual choice for answers on a short agreement scale). Every
 * test is two-sided. In JSON written by {@link #id()}, e.g. {@code "wilcoxon-signed-rank"}.
 */
public enum SignificanceTest {
  /** Student's paired t test on the differences follow-up − baseline. */
  PAIRED_T(StudyDesign.PAIRED, "paired t test"),
  /** The Wilcoxon signed-rank test on the differences follow-up − baseline. */
  WILCOXON_SIGNED_RANK(StudyDesign.PAIRED, "Wilcoxon signed-rank test"),
  /** Welch's t test for two independent samples with possibly unequal variances. */
  WELCH_T(StudyDesign.INDEPENDENT, "Welch t test"),
  /** The Mann–Whitney U test (Wilcoxon rank-sum test) for two independent samples. */
  MANN_WHITNEY_U(StudyDesign.INDEPENDENT, "Mann–Whitney U test");

  private final StudyDesign design;
  private final String label;

  SignificanceTest(StudyDesign design, String label) {
    this.design = design;
    this.label = label;
  }

  /**
   * The design the test is for.
   *
   * @return paired or independent
   */
  public StudyDesign design() {
    return design;
  }

  /**
   * The test's name for reports.
   *
   * @return e.g. {@code Wilcoxon signed-rank test}
   */
  public String label() {
    return label;
  }

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code mann-whitney-u}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
