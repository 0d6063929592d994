package dev.mom.priority;

import java.util.Locale;

/**
 * The scoring models a {@link ScoringModel} can be, written in JSON by {@link #id()} (e.g.
 * {@code "type": "strategic-fit"}). The formulas are stated exactly in {@link ConceptPrioritiser}.
 */
public enum ScoringModelKind {
  /**
   * MOM's own: strategy-weighted alignment combined with the severity of the gaps closed, times confidence,
   * over effort.
   */
  STRATEGIC_FIT,
  /** Intercom's RICE: reach × impact × confidence ÷ effort. */
  RICE,
  /** ICE: impact, confidence and ease on 1–10, as their product or their mean ({@link IceVariant}). */
  ICE,
  /** SAFe's weighted shortest job first: cost of delay ÷ job size. */
  WSJF,
  /** Consultant-defined criteria with weights: the weighted mean of normalised ratings. */
  WEIGHTED;

  /**
   * The id as written in documents.
   *
   * @return e.g. {@code strategic-fit}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
