package dev.mom.priority;

import dev.mom.model.Id;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How often a concept ranked in the top k, and was green-lit, over the perturbed weightings.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRankProbability {

  AbstractRankProbability() {}

  /** The concept. */
  public abstract Id concept();

  /** The share of runs in which it ranked in the top k. */
  public abstract double topK();

  /** The share of runs in which it was proposed for green-light; empty without a capacity. */
  public abstract OptionalDouble greenLit();
}
