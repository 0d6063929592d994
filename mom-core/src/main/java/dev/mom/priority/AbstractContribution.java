package dev.mom.priority;

import dev.mom.model.Id;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What one objective, gap or criterion adds to a concept's score; the contributions of a concept add up to its score (strategic-fit, weighted).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractContribution {

  AbstractContribution() {}

  /** What kind of thing contributes. */
  public abstract ContributionKind kind();

  /** Its id. */
  public abstract Id source();

  /** Its weight (objective or criterion weight, normalised); empty for gaps. */
  public abstract OptionalDouble weight();

  /** The concept's input for it: the alignment 0–3, the gap's severity, or the rating. */
  public abstract double input();

  /** Whether the input was assumed (a gap severity not given). */
  public abstract boolean assumed();

  /** What it adds to the score. */
  public abstract double contribution();

  /** How, with the numbers substituted. */
  public abstract String explanation();
}
