package dev.mom.diagnosis;

import java.util.Locale;

/**
 * What a kind of evidence says about customers. In JSON each constant is written by its {@link #id()}.
 */
public enum EvidenceNature {
  /**
   * Direct insight from customers: interviews, usability tests, support conversations, open survey
   * answers — what product culture rests on.
   */
  CUSTOMER_INSIGHT,
  /**
   * Quantitative customer data such as usage analytics or quick-win metrics: about customers, but without
   * their voice. Decisions resting on it alone are the product-led pitfall.
   */
  CUSTOMER_METRIC,
  /** Internal reasons: a sales request, an executive directive, a technical constraint, a competitor's move. */
  INTERNAL;

  /**
   * The id of this nature as written in documents.
   *
   * @return e.g. {@code customer-insight}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
