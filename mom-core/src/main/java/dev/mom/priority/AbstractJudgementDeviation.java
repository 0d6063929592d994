package dev.mom.priority;

import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * The pairwise judgement that fits the AHP priorities worst: the (aggregated) judged ratio against the ratio the derived weights imply.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractJudgementDeviation {

  AbstractJudgementDeviation() {}

  /** The objective judged the more important (or equal). */
  public abstract Id more();

  /** The objective judged the less important (or equal). */
  public abstract Id less();

  /** The judged ratio, 1 to 9 (for a group, the geometric mean of its members' judgements). */
  public abstract double judged();

  /** The ratio the derived weights imply: w(more) ÷ w(less). */
  public abstract double implied();

  /** How far apart the two are, as a factor of 1 or more: max(judged ÷ implied, implied ÷ judged). */
  public abstract double deviation();
}
