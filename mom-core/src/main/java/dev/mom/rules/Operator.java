package dev.mom.rules;

import java.util.Locale;

/**
 * How a {@link Compare comparison} tests an observed signal value against its threshold. In JSON each
 * operator is written by its {@link #id()} as the key that holds the threshold.
 */
public enum Operator {
  /** Observed value strictly greater than the threshold. */
  GT(">"),
  /** Observed value greater than or equal to the threshold. */
  GTE(">="),
  /** Observed value strictly less than the threshold. */
  LT("<"),
  /** Observed value less than or equal to the threshold. */
  LTE("<="),
  /**
   * Observed value equal to the threshold within {@link Compare#EQ_TOLERANCE} (absolute), so that a share
   * computed as 2/5 equals 0.4.
   */
  EQ("="),
  /** Observed value within {@code [low, high]}, both ends included. */
  BETWEEN("in");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The id of the operator as written in JSON, e.g. {@code gte}.
   *
   * @return the lowercase name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The operator as a symbol for traces and reports, e.g. {@code >=}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }
}
