/**
 * Concept prioritisation against strategy: which of the task force's concepts should the advisory board
 * green-light, given the company strategy, the gaps the concepts close and the capacity there is.
 *
 * <p>Inputs are the {@link dev.mom.priority.Concept concepts} and recorded
 * {@link dev.mom.priority.BoardDecision board decisions} of a {@link dev.mom.model.Transformation} and its
 * {@link dev.mom.model.Strategy strategy}, whose objective weights are given directly or derived by the
 * analytic hierarchy process ({@link dev.mom.priority.Ahp}) from the board's pairwise comparisons. The
 * playbook's {@link dev.mom.priority.PrioritisationModel} holds the scoring models a run may choose from
 * ({@code strategic-fit}, {@code rice}, {@code ice}, {@code wsjf}, {@code weighted}).
 * {@link dev.mom.priority.ConceptPrioritiser} ranks the concepts and returns a
 * {@link dev.mom.priority.Prioritisation}: every score explained term by term, the Pareto front of value
 * against effort, an exact green-light proposal under an effort capacity, the ranking's robustness to the
 * weights, and an audit of the board's decisions against the proposal.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom.priority;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
