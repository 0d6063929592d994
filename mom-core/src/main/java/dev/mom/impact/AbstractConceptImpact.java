package dev.mom.impact;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * The attribution view of one concept or prototype: the outcomes it was meant to move and what happened to
 * them, and the unintended consequences it is named in. Evidence for roll-out or drop decisions, <em>not</em>
 * a causal claim (see {@link ImpactAssessment#caveat()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractConceptImpact {

  AbstractConceptImpact() {}

  /** The concept, by id. */
  public abstract Id concept();

  /** The outcomes that name the concept, in the transformation's order, with their verdicts. */
  public abstract List<OutcomeVerdict> outcomes();

  /** The unintended consequences that name the concept, by id, in the transformation's order. */
  public abstract List<Id> unintendedConsequences();

  /** The view in one sentence, e.g. "2 of 3 outcomes it was meant to move improved; 1 showed no detectable change". */
  public abstract String summary();
}
