/**
 * Stakeholder-dominance diagnosis: who really drives product decisions — engineering, sales, executives,
 * or a product team without customer insight — and how far the organisation is from customer-driven.
 *
 * <p>Evidence comes as a {@link dev.mom.diagnosis.Decision decision log}, {@link dev.mom.diagnosis.SurveyResponse
 * survey responses} and coded {@link dev.mom.diagnosis.Observation observations} from interviews and
 * document reviews. {@link dev.mom.diagnosis.DominanceDiagnoser} derives the signals it publishes from
 * that evidence, runs the playbook's rules over them, and returns a
 * {@link dev.mom.diagnosis.DominanceDiagnosis}: archetype scores and shares, the dominant archetype or a
 * mixed verdict, a confidence with its reasons, the pitfalls present with their consequences, recommended
 * interventions, the perception gap between functions, and the full rule trace.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom.diagnosis;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
