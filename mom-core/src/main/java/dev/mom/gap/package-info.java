/**
 * Gap scoring: the distance between the current and the ideal situation of an organisation, per indicator,
 * dimension, focus area and Theory-of-Change level, with survey statistics, the stage of the Theory of
 * Change reached and what blocks the next one.
 *
 * <p>A playbook's {@link dev.mom.gap.GapModel} holds the {@link dev.mom.gap.Indicator indicators} (with
 * their scale, direction, weight, aggregation and ideal), the severity bands and the thresholds; a
 * transformation's {@link dev.mom.gap.Measurement measurements} from interviews, surveys, document reviews
 * and observations are the evidence. {@link dev.mom.gap.GapScorer} turns both into a
 * {@link dev.mom.gap.GapReport}: signed and normalised gaps with severity and weighted contribution,
 * roll-ups, n, dispersion, within-group agreement r_wg, source triangulation, confidence with reasons,
 * function breakdowns with anonymity suppression, gaps ranked by weighted severity, and, when the
 * transformation has a strategy, the strategic objectives each gap is linked to.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom.gap;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
