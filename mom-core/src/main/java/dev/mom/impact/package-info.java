/**
 * Impact assessment: did the Theory-of-Change outcomes really move between a baseline and a follow-up
 * wave, by how much, and can the change be told apart from chance?
 *
 * <p>Inputs are part of the {@link dev.mom.model.Transformation}: the {@link dev.mom.impact.Outcome
 * outcomes} the transformation means to move (each with its metric, scale, desired direction, the concepts
 * expected to move it, the smallest difference that matters and the significance test chosen for it), the
 * {@link dev.mom.impact.Wave measurement waves} with one {@link dev.mom.impact.OutcomeMeasurement} per outcome and
 * respondent or unit, and the log of {@link dev.mom.impact.UnintendedConsequence unintended consequences}.
 * The playbook's {@link dev.mom.impact.ImpactModel} holds the significance level, the confidence level,
 * the effect-size bands and the smallest sample that is tested at all.
 *
 * <p>{@link dev.mom.impact.ImpactAssessor} compares each outcome's first and last measured wave and returns an
 * {@link dev.mom.impact.ImpactAssessment}: per outcome the sample sizes, means, medians, the mean difference
 * with its confidence interval, the standardised effect size with its band, the chosen test with its p-value
 * and how it was computed, the Holm-adjusted p-value across outcomes, and a verdict with its reason; per
 * concept the outcomes it was meant to move and what happened to them, which is evidence for roll-out or
 * drop decisions and <em>not</em> a causal claim.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom.impact;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
