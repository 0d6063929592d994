/**
 * Road-map-to-OKR traceability: is every road-map item traced to key results, every key result to an OKR
 * objective, and every objective to the company strategy? Initiatives map back to company OKRs and product
 * metrics are tied to business goals (seed 002); goals emphasise outcomes, such as usage, retention and NPS,
 * over outputs (seed 003).
 *
 * <p>Inputs are the {@link dev.mom.trace.Objective OKR objectives} (with their
 * {@link dev.mom.trace.KeyResult key results}) and the {@link dev.mom.trace.Roadmap road map} of a
 * {@link dev.mom.model.Transformation}, with its {@link dev.mom.model.Strategy strategy} and
 * {@link dev.mom.priority.Concept concepts}. The playbook's {@link dev.mom.trace.TraceabilityModel} holds the
 * word lists of the outcome-versus-output lint, the known customer metrics, the progress policy, the grade
 * bands, the roll-up and the pace tolerance. {@link dev.mom.trace.RoadmapTracer} returns a
 * {@link dev.mom.trace.Traceability}: chain rows with their breaks, coverage per level, findings (integrity,
 * chain, lint, customer metrics, progress), per key result and objective progress with grades and pace, and
 * the item × key-result matrix; {@link dev.mom.trace.RoadmapTracer#whatIf} says what dropping or re-targeting
 * a key result would change.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom.trace;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
