package dev.mom.trace;

import java.util.Locale;

/** Why a road-map item needs no key result. In JSON written by {@link #id()}. */
public enum ExemptionCategory {
  /** Keep-the-lights-on work: operations, maintenance, support. */
  KEEP_THE_LIGHTS_ON,
  /** Work a law, a regulation or a contract requires. */
  COMPLIANCE,
  /** Paying down technical debt. */
  TECH_DEBT,
  /** Any other reason, given in the exemption's text. */
  OTHER;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code keep-the-lights-on}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
