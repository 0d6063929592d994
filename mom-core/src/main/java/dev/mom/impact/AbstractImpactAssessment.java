package dev.mom.impact;

import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to "did the Theory-of-Change outcomes really move?": each outcome's comparison of baseline and
 * follow-up with its verdict, the attribution view per concept, and the log of unintended consequences.
 * Every verdict can be traced to its numbers: the adjusted p-value against {@link #alpha()}, the difference
 * against the outcome's minimum difference, the sample size against the playbook's minimum.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractImpactAssessment {

  AbstractImpactAssessment() {}

  /** The significance level the adjusted p-values were compared with. */
  public abstract double alpha();

  /** The confidence level of the intervals. */
  public abstract double confidenceLevel();

  /** How many p-values Holm's adjustment was over: the outcomes that were tested and had a p-value. */
  public abstract int familySize();

  /** Each outcome's comparison, in the transformation's order. */
  public abstract List<OutcomeImpact> outcomes();

  /** Each concept named by an outcome, in the order first named, with what happened to its outcomes. */
  public abstract List<ConceptImpact> concepts();

  /** The unintended consequences, as the transformation logs them. */
  public abstract List<UnintendedConsequence> unintendedConsequences();

  /**
   * What the attribution view is and is not: the outcomes a concept was meant to move and what happened to
   * them, as evidence for roll-out or drop decisions; not a causal claim.
   */
  public abstract String caveat();
}
