package dev.mom.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers rounded to thousandths for sentences, without {@link BigDecimal} on the common path: engines write
 * several such numbers per indicator or outcome, and converting a double to a {@code BigDecimal} costs big-integer
 * arithmetic each time. Not part of the API.
 */
public final class Thousandths {

  /** Magnitudes below this take the fast path: their thousandths, plus a half, are exact doubles. */
  private static final double FAST = 1e12;

  private Thousandths() {}

  /**
   * The exact value of a double rounded half to even to three decimals, trailing zeros dropped, in plain
   * notation, and {@code "0"} for anything that rounds to zero: the same text as
   * {@code new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()}
   * (which never writes {@code -0}), e.g. {@code 0.333}, {@code 0.5}, {@code 1200}; 0.0625 is a tie and gives
   * {@code 0.062}.
   *
   * @param value a finite number
   * @return its text
   */
  public static String text(double value) {
    double magnitude = Math.abs(value);
    if (!(magnitude < FAST)) {
      return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
    // q = floor(exact magnitude × 1000); the product was rounded, so step to the exact floor. Math.fma rounds
    // the exact a × b + c once, so its sign is the exact sign and it is 0 only when the exact value is
    long q = (long) (magnitude * 1000);
    while (q > 0 && Math.fma(magnitude, 1000, -q) < 0) {
      q--;
    }
    while (Math.fma(magnitude, 1000, -(q + 1)) >= 0) {
      q++;
    }
    double aboveHalf = Math.fma(magnitude, 1000, -(q + 0.5));
    if (aboveHalf > 0 || aboveHalf == 0 && (q & 1) == 1) {
      q++;
    }
    if (q == 0) {
      return "0";
    }
    StringBuilder text = new StringBuilder(24);
    if (value < 0) {
      text.append('-');
    }
    text.append(q / 1000);
    int decimals = (int) (q % 1000);
    if (decimals != 0) {
      int digits = 3;
      while (decimals % 10 == 0) {
        decimals /= 10;
        digits--;
      }
      text.append('.');
      String shown = Integer.toString(decimals);
      for (int pad = shown.length(); pad < digits; pad++) {
        text.append('0');
      }
      text.append(shown);
    }
    return text.toString();
  }
}
