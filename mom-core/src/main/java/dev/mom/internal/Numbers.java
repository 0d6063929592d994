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

  /**
   * A number rounded for a sentence: at most three decimals, trailing zeros dropped ({@code 0.333},
   * {@code 0.5}, {@code 3}). Results keep the exact value; only text shown to people is rounded.
   *
   * @param number a finite number
   * @return its text
   */
  public static String brief(double number) {
    java.math.BigDecimal rounded = new java.math.BigDecimal(number).setScale(3, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    String text = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
