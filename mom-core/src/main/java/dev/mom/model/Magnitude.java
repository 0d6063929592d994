package dev.mom.model;

/**
 * The magnitudes MOM's quantities may take: scale ends, a concept's reach, effort and ratings, an effort
 * capacity. Within them every engine computes sums, squares, products and ratios of thousands of values
 * without overflowing to infinity or underflowing to a meaningless 0 ÷ 0, so no result is ever NaN or
 * infinite. They are far beyond any real measurement: a thousand trillion people, hours or euros.
 *
 * <p>Constants only; not instantiable.
 */
public final class Magnitude {

  /** The largest absolute value of a measured quantity: 10^15. */
  public static final double MAX = 1e15;

  /**
   * The smallest positive value of a quantity that is divided by (an effort, a scale's range): 10^-9, so
   * that a ratio of two quantities stays below 10^24.
   */
  public static final double MIN_POSITIVE = 1e-9;

  private Magnitude() {}

  /**
   * Whether a value is finite and no larger in absolute value than {@link #MAX}.
   *
   * @param value the value
   * @return whether it is within the limits
   */
  public static boolean within(double value) {
    return Double.isFinite(value) && Math.abs(value) <= MAX;
  }
}
