package dev.mom.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the reports lay out text: lines ending in {@code \n}, prose wrapped at {@value #WIDTH} columns, numbers
 * written the same whatever the default locale, and Markdown escaping. Stateless; not part of the API.
 */
final class Layout {

  /** The column at which plain-text prose is wrapped. */
  static final int WIDTH = 100;

  private Layout() {}

  /**
   * Appends a heading: the title on a line, then a line of the underline character as long as the title.
   *
   * @param out the text built so far
   * @param title the heading's text
   * @param underline {@code '='} for a report's title, {@code '-'} for a section
   */
  static void heading(StringBuilder out, String title, char underline) {
    line(out, title);
    line(out, String.valueOf(underline).repeat(title.length()));
  }

  /** Appends one line and its {@code \n}. */
  static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  /** Appends text wrapped at {@link #WIDTH} columns, each line starting with {@code indent}. */
  static void wrap(StringBuilder out, String text, String indent) {
    wrap(out, text, indent, indent);
  }

  /**
   * Appends text wrapped at {@link #WIDTH} columns: the first line starts with {@code first}, the others with
   * {@code rest} (a hanging indent for list items).
   */
  static void wrap(StringBuilder out, String text, String first, String rest) {
    StringBuilder current = new StringBuilder(first);
    int start = first.length();
    for (String word : text.strip().split("\\s+")) {
      if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
        line(out, current.toString());
        current.setLength(0);
        current.append(rest);
        start = rest.length();
      }
      if (current.length() > start) {
        current.append(' ');
      }
      current.append(word);
    }
    line(out, current.toString());
  }

  /** Pads text with spaces on the right to the given width. */
  static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /** Pads text with spaces on the left to the given width. */
  static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }

  /** A whole number grouped by thousands: {@code 100,000}. */
  static String grouped(int number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  /** A share in [0, 1] as a percentage with one decimal: {@code 33.3%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100.0);
  }

  /** A number in [0, 1] with two decimals, as scores are shown: {@code 0.67}. */
  static String twoDecimals(double number) {
    return String.format(Locale.ROOT, "%.2f", number);
  }

  /**
   * A signal value or threshold as a consultant writes it: at most three decimals, without trailing zeros
   * ({@code 0.333}, {@code 0.25}, {@code 36}); halves rounded up.
   */
  static String number(double number) {
    BigDecimal rounded = new BigDecimal(Double.toString(number)).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    String text = rounded.scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
        : rounded.toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** Escapes the characters Markdown would read as markup, and turns line breaks into spaces. */
  static String md(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return escaped.toString();
  }
}
