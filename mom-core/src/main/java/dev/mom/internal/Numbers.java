package dev.mom.internal;

/** How MOM writes numbers in messages and traces. Not part of the API. */
public final class Numbers {

  private Numbers() {}

  /**
   * A number as a consultant would write it: whole numbers without a decimal point ({@code 3}), others as
   * Java's shortest exact decimal ({@code 0.45}).
   *
   * @param number a finite number
   * @return its text
   */
  public static String format(double number) {
    if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      return Long.toString((long) number);
    }
    return Double.toString(number);
  }
}
