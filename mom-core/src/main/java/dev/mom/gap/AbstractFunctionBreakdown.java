package dev.mom.gap;

import dev.mom.model.Function;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An indicator's current value as one function's respondents give it, or the fact that it is withheld: a
 * group smaller than the model's minimum group size is {@linkplain Suppression#SMALL_GROUP suppressed}, and
 * further groups are {@linkplain Suppression#COMPLEMENTARY suppressed} where needed so that no small group
 * can be worked out from the total and the groups shown. The count is always shown.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFunctionBreakdown {

  AbstractFunctionBreakdown() {}

  /** The respondents' function. */
  public abstract Function function();

  /** How many of the indicator's measurements came from this function. */
  public abstract int n();

  /** Whether, and why, the figures are withheld. */
  public abstract Suppression suppression();

  /** The function's aggregate on the indicator's aggregate scale; absent when suppressed. */
  public abstract OptionalDouble current();

  /** The function's normalised gap to the indicator's ideal, in [-1, 1]; absent when suppressed. */
  public abstract OptionalDouble normalisedGap();
}
