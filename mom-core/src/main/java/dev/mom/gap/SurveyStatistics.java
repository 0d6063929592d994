package dev.mom.gap;

import dev.mom.internal.Numbers;
import dev.mom.model.Scale;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The statistics of the gap analysis, on values sorted first so that the order of the measurements never
 * changes a result, and computed on the normalised scale so that any finite scale stays finite. Public for
 * tests and tools that want r_wg on its own.
 *
 * <p>Stateless and thread-safe.
 */
public final class SurveyStatistics {

  private SurveyStatistics() {}

  /**
   * The within-group agreement r_wg of James, Demaree and Wolf (1984): {@code 1 - min(s², σ²) / σ²}, with
   * {@code s²} the sample variance of the values (divided by {@code n - 1}) and {@code σ²} the variance of a
   * uniform answer on the scale: {@code (A² - 1) / 12} when min and max are whole numbers and the scale has
   * {@code A = max - min + 1} points, {@code range² / 12} otherwise. An observed variance above the uniform
   * one is truncated to it, so r_wg is in [0, 1].
   *
   * @param values the values, each on the scale; not null
   * @param scale the scale; not null
   * @return r_wg, or empty for fewer than two values (undefined)
   * @throws IllegalArgumentException if a value is off the scale
   */
  public static OptionalDouble rwg(double[] values, Scale scale) {
    if (values.length < 2) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rwgOfVariance(sampleVariance(normalisedSorted(values, scale)), scale));
  }

  /** r_wg from the sample variance of the normalised values; see {@link #rwg(double[], Scale)}. */
  static double rwgOfVariance(double variance, Scale scale) {
    double uniform = uniformVariance(scale);
    return clamp(1.0 - Math.min(variance, uniform) / uniform, 0, 1);
  }

  /**
   * σ² of a uniform answer on the scale, normalised to [0, 1]: for A whole-number points
   * {@code ((A² - 1) / 12) / range² = (1 + 2 / range) / 12} (as {@code A = range + 1}), otherwise
   * {@code 1 / 12}.
   *
   * @param scale the scale; not null
   * @return the variance, positive
   */
  static double uniformVariance(Scale scale) {
    if (scale.min() == Math.rint(scale.min()) && scale.max() == Math.rint(scale.max())) {
      return (1.0 + 2.0 / scale.range()) / 12.0;
    }
    return 1.0 / 12.0;
  }

  /** The values normalised on the scale, in ascending order. */
  static double[] normalisedSorted(double[] values, Scale scale) {
    double[] normalised = normalised(values, scale);
    Arrays.sort(normalised);
    return normalised;
  }

  /**
   * The values normalised on the scale, in their order; normalising keeps the order, so sorted values give
   * the same array as {@link #normalisedSorted(double[], Scale)}.
   */
  static double[] normalised(double[] values, Scale scale) {
    double[] normalised = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      normalised[i] = scale.normalise(values[i]);
    }
    return normalised;
  }

  /** The mean of sorted values. */
  static double mean(double[] sorted) {
    double sum = 0;
    for (double value : sorted) {
      sum += value;
    }
    return sum / sorted.length;
  }

  /** The sample variance (divided by n - 1) of sorted values; needs two or more. */
  static double sampleVariance(double[] sorted) {
    double mean = mean(sorted);
    double sum = 0;
    for (double value : sorted) {
      sum += (value - mean) * (value - mean);
    }
    return sum / (sorted.length - 1);
  }

  /**
   * The aggregate of raw values on the indicator's aggregate scale, and normalised on it.
   *
   * @param values the raw values, each on the indicator's scale; at least one
   * @param indicator the indicator
   * @return {value, normalised}
   */
  static double[] aggregate(double[] values, Indicator indicator) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return aggregateSorted(sorted, indicator);
  }

  /**
   * {@link #aggregate(double[], Indicator)} of values already in ascending order.
   *
   * @param sorted the raw values in ascending order, each on the indicator's scale; at least one
   * @param indicator the indicator
   * @return {value, normalised}
   */
  static double[] aggregateSorted(double[] sorted, Indicator indicator) {
    Scale scale = indicator.scale();
    switch (indicator.aggregation()) {
      case MEDIAN: {
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2]
            : sorted[n / 2 - 1] + (sorted[n / 2] - sorted[n / 2 - 1]) / 2;
        median = clamp(median, scale.min(), scale.max());
        return new double[] {median, scale.normalise(median)};
      }
      case SHARE_AT_OR_ABOVE: {
        double cutOff = indicator.cutOff().orElseThrow();
        int at = 0;
        for (double value : sorted) {
          if (value >= cutOff) {
            at++;
          }
        }
        double share = (double) at / sorted.length;
        return new double[] {share, share};
      }
      default: {
        double normalised = clamp(mean(normalised(sorted, scale)), 0, 1);
        return new double[] {denormalise(normalised, scale), normalised};
      }
    }
  }

  /** A normalised value mapped back onto the scale, {@code min + x·range}, kept within the scale. */
  static double denormalise(double normalised, Scale scale) {
    return clamp(scale.min() + normalised * scale.range(), scale.min(), scale.max());
  }

  /** The value kept within [low, high]; NaN never arises from the engine's arithmetic. */
  static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value)) + 0.0;
  }

  /**
   * The largest number of values within {@code tolerance} of each other (max − min of the group at most
   * the tolerance, within 1e-9).
   */
  static int largestAgreeingGroup(double[] values, double tolerance) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int best = sorted.length == 0 ? 0 : 1;
    int start = 0;
    for (int end = 0; end < sorted.length; end++) {
      while (sorted[end] - sorted[start] > tolerance + 1e-9) {
        start++;
      }
      best = Math.max(best, end - start + 1);
    }
    return best;
  }

  /** A number for sentences: at most three decimals, no trailing zeros. */
  static String words(double value) {
    if (Math.abs(value) >= 1e6) {
      return Numbers.format(value);
    }
    return Numbers.brief(value);
  }
}
