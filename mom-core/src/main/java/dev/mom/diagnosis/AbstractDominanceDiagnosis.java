package dev.mom.diagnosis;

import dev.mom.model.Id;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to "who really drives product decisions here, and how far are we from customer-driven?":
 * each archetype's score and share, the verdict (dominant, mixed or inconclusive), the confidence with its
 * reasons, the pitfalls present with their consequences and evidence, the recommended interventions, the
 * perception gap between functions and the decision log, the signals observed and the full rule trace.
 * Every number can be traced: shares come from points, points from fired rules, fired rules from the
 * observed signals in {@link #trace()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractDominanceDiagnosis {

  AbstractDominanceDiagnosis() {}

  /** The verdict. */
  public abstract Verdict verdict();

  /** The dominant archetype, when the verdict is {@link Verdict#DOMINANT}. */
  public abstract Optional<Id> dominant();

  /**
   * The leading archetypes, highest share first: the dominant one alone, or for a mixed verdict every
   * archetype within the mixed margin of the first; empty when inconclusive.
   */
  public abstract List<Id> leaders();

  /** Each archetype's score, in the model's order. */
  public abstract List<ArchetypeScore> scores();

  /** How far from customer-driven: 1 minus the ideal archetype's share, in [0, 1]. */
  public abstract double distanceToIdeal();

  /** How far the diagnosis can be trusted, and why. */
  public abstract Confidence confidence();

  /** The pitfalls present, highest share first. */
  public abstract List<Pitfall> pitfalls();

  /** The recommended interventions, most relevant first. */
  public abstract List<RecommendedIntervention> interventions();

  /**
   * The perception gap: who dominates according to the decision log, the survey, the observations, and
   * each function's own survey answers.
   */
  public abstract List<PerceivedDominance> perception();

  /** How much evidence the diagnosis rests on. */
  public abstract EvidenceSummary evidence();

  /** The value of every signal that had one, by name. */
  public abstract Map<String, Double> signals();

  /** Every rule as evaluated, in rule order. */
  public abstract List<RuleFiring> trace();
}
