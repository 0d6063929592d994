package dev.mom;

import dev.mom.diagnosis.RecommendedIntervention;
import dev.mom.diagnosis.Verdict;
import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a board needs from a transformation report on one page: who drives product decisions and how sure we
 * are, the Theory-of-Change stage reached and the largest gaps, the concepts proposed for a green light, how
 * well the road map traces to the OKRs, the outcomes that moved, and the interventions to start with, each citing the passage it rests on. Every
 * field comes from an engine's result in the same {@link TransformationReport}; parts whose engine did not
 * run are absent or empty.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractExecutiveSummary {

  AbstractExecutiveSummary() {}

  /** The diagnosis verdict. */
  public abstract Optional<Verdict> verdict();

  /** The leading archetypes: the dominant one alone, or the leaders of a mixed verdict. */
  public abstract List<Id> leaders();

  /** The diagnosis confidence in [0, 1]. */
  public abstract OptionalDouble confidence();

  /** The Theory-of-Change level reached, if any. */
  public abstract Optional<Id> stageReached();

  /** The next level, which the gaps block. */
  public abstract Optional<Id> nextStage();

  /** The largest gaps by weighted severity, at most three indicator ids. */
  public abstract List<Id> topGaps();

  /** The concepts proposed for a green light within the capacity, or the top of the ranking without one. */
  public abstract List<Id> greenLight();

  /** Road-map items that trace to no key result: the wish-list backlog. */
  public abstract List<Id> wishList();

  /** Key results that no road-map item contributes to. */
  public abstract List<Id> unsupportedKeyResults();

  /** Each outcome's impact verdict. */
  public abstract List<OutcomeVerdictLine> outcomes();

  /** The interventions to start with, at most three, with the passages they cite. */
  public abstract List<RecommendedIntervention> interventions();

  /** The summary in sentences, in the order above. */
  public abstract List<String> highlights();
}
