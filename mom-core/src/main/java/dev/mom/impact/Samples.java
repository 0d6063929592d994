package dev.mom.impact;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The descriptive statistics and the multiple-comparison adjustment of the impact engine: plain, documented
 * arithmetic in a fixed order, so that results are deterministic. Stateless and thread-safe.
 */
final class Samples {

  private Samples() {}

  /** The mean: the sum in array order over n. */
  static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /** The sample variance, divisor n − 1, computed in two passes around the mean; needs n ≥ 2. */
  static double variance(double[] values) {
    double mean = mean(values);
    double sum = 0;
    for (double value : values) {
      sum += (value - mean) * (value - mean);
    }
    return sum / (values.length - 1);
  }

  /** The median: the middle value of the sorted values, or the mean of the two middle values. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Whether every value equals the first. */
  static boolean allEqual(double[] values) {
    for (double value : values) {
      if (value != values[0]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Holm's step-down adjustment (S. Holm, "A simple sequentially rejective multiple test procedure",
   * Scand. J. Statist. 6, 1979): with the m p-values sorted ascending, p_(i) becomes
   * {@code max over j <= i of min(1, (m - j + 1) p_(j))}. Equal p-values keep their input order.
   *
   * @param p the raw p-values, each in [0, 1]
   * @return the adjusted p-values, in the order of {@code p}
   */
  static double[] holm(double[] p) {
    int m = p.length;
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
