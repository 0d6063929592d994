package dev.mom.impact;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What happened to one outcome between its baseline (the first wave that measures it) and its follow-up
 * (the last): the values of both waves, the difference of means with its confidence interval, the
 * standardised effect size with its band, the chosen test with its statistic, p-value and how it was
 * computed, the Holm-adjusted p-value, and the verdict with its reason. Differences are always follow-up
 * minus baseline. A number that is undefined for the data (an effect size with no spread, a p-value of a
 * test that did not run) is absent, and {@link #notes()} says why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOutcomeImpact {

  AbstractOutcomeImpact() {}

  /** The outcome, by id. */
  public abstract Id outcome();

  /** The outcome's statement. */
  public abstract String statement();

  /** The outcome's Theory-of-Change level, by id. */
  public abstract Id level();

  /** Which way the outcome should move. */
  public abstract DesiredDirection direction();

  /** The concepts expected to move the outcome, by id. */
  public abstract List<Id> concepts();

  /** The design: paired or independent. */
  public abstract StudyDesign design();

  /** The test chosen for the outcome. */
  public abstract SignificanceTest test();

  /** The baseline wave's values (in a paired design, the pairs' baseline values). */
  public abstract WaveSummary baseline();

  /** The follow-up wave's values. */
  public abstract WaveSummary followUp();

  /** The sample size: the number of pairs (paired) or of values in both waves together (independent). */
  public abstract int n();

  /**
   * The difference of means, follow-up − baseline: the mean of the pairs' differences (paired) or the
   * follow-up mean minus the baseline mean (independent).
   */
  public abstract double difference();

  /**
   * The confidence interval of {@link #difference()}: Student's t interval of the mean difference (paired)
   * or Welch's interval (independent), whichever test was chosen; absent when the differences or both
   * samples have no spread.
   */
  public abstract Optional<ConfidenceInterval> differenceInterval();

  /** The median of the pairs' differences (paired) or the follow-up median minus the baseline median (independent). */
  public abstract double medianDifference();

  /** The outcome's minimum difference that matters, copied for the report. */
  public abstract double minimumDifference();

  /** Which effect size {@link #effectSize()} is: d_z for paired, d for independent designs. */
  public abstract EffectSizeKind effectSizeKind();

  /** The standardised effect size, signed like {@link #difference()}; absent when there is no spread. */
  public abstract OptionalDouble effectSize();

  /** The band of {@link #effectSize()}, by the playbook's thresholds; absent with it. */
  public abstract Optional<EffectSizeBand> effectSizeBand();

  /**
   * The test statistic: t for the t tests, W+ (the sum of the ranks of the positive differences) for the
   * Wilcoxon signed-rank test, U of the follow-up sample for the Mann–Whitney U test; absent when the test
   * did not run.
   */
  public abstract OptionalDouble statistic();

  /** The degrees of freedom of a t test (Welch–Satterthwaite for Welch's test); absent for rank tests. */
  public abstract OptionalDouble degreesOfFreedom();

  /** The two-sided p-value; absent when the test did not run or is undefined for the data. */
  public abstract OptionalDouble pValue();

  /** How {@link #pValue()} was computed; absent with it. */
  public abstract Optional<PValueMethod> pValueMethod();

  /** Whether a continuity correction was applied (asymptotic rank tests). */
  public abstract boolean continuityCorrection();

  /** Whether the ranked values had ties (rank tests), which rule out the exact distribution. */
  public abstract boolean tiedValues();

  /**
   * How many pairs did not change (paired designs). The Wilcoxon signed-rank test ranks them with the others
   * and leaves them out of W+ (Pratt's treatment), and they rule out its exact distribution.
   */
  public abstract int zeroDifferences();

  /**
   * The p-value after Holm's step-down adjustment across every outcome of the assessment that has a
   * p-value; absent with {@link #pValue()}.
   */
  public abstract OptionalDouble adjustedPValue();

  /** Whether {@link #adjustedPValue()} is below the playbook's significance level. */
  public abstract boolean significant();

  /** The test and how its p-value was computed, in one sentence for reports. */
  public abstract String method();

  /** The verdict. */
  public abstract ImpactVerdict verdict();

  /** Why the verdict is what it is, in one sentence. */
  public abstract String reason();

  /** Why any number is absent, and anything else an analyst should know about the data, one sentence each. */
  public abstract List<String> notes();
}
