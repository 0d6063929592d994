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
    // Fast path: |number| < 1e9, so number × 1000 is within 2^-13 of its exact value; when that product is
    // more than 0.4998 from a half, the exact value rounds (half even) to the same whole number of thousandths,
    // which is then written as BigDecimal's plain string of it would be.
    double scaled = number * 1000;
    double thousandths = Math.rint(scaled);
    if (Math.abs(number) < 1e9 && Math.abs(scaled - thousandths) < 0.4998) {
      return decimals((long) thousandths, 3);
    }
    java.math.BigDecimal rounded = new java.math.BigDecimal(number).setScale(3, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    String text = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /**
   * A whole number of units of 10^-{@code places} written as a plain decimal, trailing zeros and a bare point
   * dropped, 0 without a sign: {@code decimals(-1250, 3)} is {@code -1.25}.
   *
   * @param units the number in units of the last place
   * @param places how many decimals a unit has, 1 to 18
   * @return its text
   */
  public static String decimals(long units, int places) {
    long unit = 1;
    for (int p = 0; p < places; p++) {
      unit *= 10;
    }
    long magnitude = Math.abs(units);
    long fraction = magnitude % unit;
    if (fraction == 0) {
      return Long.toString(units / unit);
    }
    int digits = places;
    while (fraction % 10 == 0) {
      fraction /= 10;
      digits--;
    }
    StringBuilder text = new StringBuilder(24);
    if (units < 0) {
      text.append('-');
    }
    text.append(magnitude / unit).append('.');
    String shown = Long.toString(fraction);
    for (int pad = shown.length(); pad < digits; pad++) {
      text.append('0');
    }
    return text.append(shown).toString();
  }
}
