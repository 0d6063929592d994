package dev.mom.rules;

/**
 * A set of real numbers between two ends, each end included or not; an end may be infinite (and is then
 * excluded). Used by the compiler to reason about where comparisons hold. Immutable.
 */
final class Interval {

  final double low;
  final boolean lowIncluded;
  final double high;
  final boolean highIncluded;

  private Interval(double low, boolean lowIncluded, double high, boolean highIncluded) {
    this.low = low;
    this.lowIncluded = lowIncluded && Double.isFinite(low);
    this.high = high;
    this.highIncluded = highIncluded && Double.isFinite(high);
  }

  /** The values on which a comparison holds. */
  static Interval where(Compare compare) {
    double value = compare.value();
    switch (compare.operator()) {
      case GT:
        return new Interval(value, false, Double.POSITIVE_INFINITY, false);
      case GTE:
        return new Interval(value, true, Double.POSITIVE_INFINITY, false);
      case LT:
        return new Interval(Double.NEGATIVE_INFINITY, false, value, false);
      case LTE:
        return new Interval(Double.NEGATIVE_INFINITY, false, value, true);
      case EQ:
        return new Interval(value - Compare.EQ_TOLERANCE, true, value + Compare.EQ_TOLERANCE, true);
      case BETWEEN:
        return new Interval(value, true, compare.upper(), true);
      default:
        throw new AssertionError(compare.operator());
    }
  }

  /** A signal's published range {@code [min, max]}. */
  static Interval range(Signal signal) {
    return new Interval(signal.min(), true, signal.max(), true);
  }

  /** Whether this and {@code other} have a value in common. */
  boolean meets(Interval other) {
    double lo;
    boolean loIn;
    if (low > other.low) {
      lo = low;
      loIn = lowIncluded;
    } else if (low < other.low) {
      lo = other.low;
      loIn = other.lowIncluded;
    } else {
      lo = low;
      loIn = lowIncluded && other.lowIncluded;
    }
    double hi;
    boolean hiIn;
    if (high < other.high) {
      hi = high;
      hiIn = highIncluded;
    } else if (high > other.high) {
      hi = other.high;
      hiIn = other.highIncluded;
    } else {
      hi = high;
      hiIn = highIncluded && other.highIncluded;
    }
    return lo < hi || (lo == hi && loIn && hiIn);
  }

  /** Whether every value of {@code other} is in this interval. */
  boolean contains(Interval other) {
    boolean lowOk = low < other.low || (low == other.low && (lowIncluded || !other.lowIncluded));
    boolean highOk = high > other.high || (high == other.high && (highIncluded || !other.highIncluded));
    return lowOk && highOk;
  }
}
