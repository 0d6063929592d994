package dev.mom.priority;

import java.util.Locale;

/**
 * How an ICE score combines impact, confidence and ease (each 1–10): both variants are in use, so a model
 * says which. In JSON written by {@link #id()}.
 */
public enum IceVariant {
  /** impact × confidence × ease, from 1 to 1000 (Sean Ellis's growth-hacking original). */
  PRODUCT,
  /** (impact + confidence + ease) ÷ 3, from 1 to 10. */
  MEAN;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code product}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
