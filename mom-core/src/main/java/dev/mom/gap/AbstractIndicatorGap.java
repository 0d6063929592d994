package dev.mom.gap;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The gap of one measured indicator, with the statistics and the reasons behind it.
 *
 * <p>Values "on the aggregate scale" are on the indicator's scale for the mean and the median, and shares
 * in [0, 1] for the share at or above the cut-off (see {@link Indicator#aggregateScale()}). The
 * {@link #gap()} is oriented so that a positive gap is a shortfall: {@code ideal - current} when higher is
 * better, {@code current - ideal} when lower is better; a negative gap (the current state is beyond the
 * ideal) is reported as it is, and only the {@link #shortfall()} {@code max(0, normalisedGap)} counts for
 * severity, ranking and stage.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractIndicatorGap {

  AbstractIndicatorGap() {}

  /** The indicator's id. */
  public abstract Id indicator();

  /** The indicator's statement. */
  public abstract String statement();

  /** The indicator's focus area. */
  public abstract Id focusArea();

  /** The indicator's Theory-of-Change level. */
  public abstract Id level();

  /** The indicator's dimension, if it has one. */
  public abstract Optional<Id> dimension();

  /** How many measurements the gap rests on; at least 1. */
  public abstract int n();

  /** The current value: the measurements' aggregate, on the aggregate scale. */
  public abstract double current();

  /** The ideal: the target, or the preferred answers' aggregate, on the aggregate scale. */
  public abstract double ideal();

  /** The signed gap in units of the aggregate scale; positive is a shortfall. */
  public abstract double gap();

  /** The gap over the aggregate scale's range, in [-1, 1]. */
  public abstract double normalisedGap();

  /** {@code max(0, normalisedGap)}, in [0, 1]. */
  public abstract double shortfall();

  /** The id of the severity band the shortfall falls in. */
  public abstract Id severity();

  /** The indicator's weight. */
  public abstract double weight();

  /**
   * The weighted contribution to the overall shortfall, in [0, 1]: {@code weight × shortfall / W}, with
   * {@code W} the sum of the weights of all measured indicators (0 when {@code W} is 0). The
   * contributions of all indicators sum to the overall shortfall.
   */
  public abstract double contribution();

  /** Whether the shortfall is at or below the model's maturity threshold. */
  public abstract boolean meetsThreshold();

  /** The mean of the "now" values on the indicator's scale (equal to {@link #current()} for the mean). */
  public abstract double mean();

  /** The sample standard deviation of the "now" values on the indicator's scale; absent for n &lt; 2. */
  public abstract OptionalDouble standardDeviation();

  /**
   * The within-group agreement r_wg of the "now" values (James, Demaree and Wolf), in [0, 1]:
   * {@code 1 - min(s², σ²) / σ²} with {@code s²} the sample variance and {@code σ²} the variance of a
   * uniform answer, {@code (A² - 1) / 12} on a scale of the A whole numbers from min to max and
   * {@code range² / 12} on any other scale. Absent for n &lt; 2.
   */
  public abstract OptionalDouble agreement();

  /** The current value by kind of source, in the order interview, survey, document review, observation. */
  public abstract List<SourceAggregate> sources();

  /**
   * The largest number of source kinds whose aggregates lie within the model's tolerance of each other
   * (normalised); 1 with a single kind.
   */
  public abstract int agreeingSources();

  /** The current value by respondents' function, functions in id order; small groups suppressed. */
  public abstract List<FunctionBreakdown> functions();

  /** How far the gap can be trusted, and why. */
  public abstract GapConfidence confidence();

  /** The strategic objectives the gap is linked to, in the strategy's order; empty without a strategy. */
  public abstract List<ObjectiveLink> objectives();

  /** The gap in one sentence, e.g. "current 3.2 (mean of 6) against the target 4 on [1, 5]: …". */
  public abstract String explanation();
}
