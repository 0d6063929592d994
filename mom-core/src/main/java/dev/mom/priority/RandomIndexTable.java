package dev.mom.priority;

import java.util.Locale;

/**
 * The random consistency indices RI(n) that the analytic hierarchy process divides the consistency index by:
 * the mean consistency index of random reciprocal matrices of order n. CR = CI ÷ RI(n); for n ≤ 2 every
 * reciprocal matrix is consistent and CR is 0. In JSON written by {@link #id()}.
 */
public enum RandomIndexTable {
  /**
   * Saaty's classic table (Saaty 1980, extended to 15 in his later work): n = 1…15 →
   * 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59. The default.
   */
  SAATY(0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59),
  /**
   * Alonso and Lamata (2006), from 100,000 simulated matrices per order: n = 1…15 → 0, 0, 0.5245, 0.8815,
   * 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838.
   */
  ALONSO_LAMATA(0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365,
      1.5551, 1.5713, 1.5838);

  private final double[] indices;

  RandomIndexTable(double... indices) {
    this.indices = indices;
  }

  /**
   * The largest order the table has an index for.
   *
   * @return 15
   */
  public int maxOrder() {
    return indices.length;
  }

  /**
   * The random index of matrices of order n.
   *
   * @param n the order, from 1 to {@link #maxOrder()}
   * @return RI(n); 0 for n ≤ 2
   * @throws IllegalArgumentException if the table has no index for n
   */
  public double randomIndex(int n) {
    if (n < 1 || n > indices.length) {
      throw new IllegalArgumentException("the " + id() + " random-index table covers 1 to " + indices.length
          + " objectives, not " + n);
    }
    return indices[n - 1];
  }

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code alonso-lamata}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
