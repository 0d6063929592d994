package dev.mom.impact;

import dev.mom.model.Id;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The values of one outcome in one wave, summarised: how many, their mean, median and standard deviation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractWaveSummary {

  AbstractWaveSummary() {}

  /** The wave, by id. */
  public abstract Id wave();

  /** How many values. */
  public abstract int n();

  /** Their mean. */
  public abstract double mean();

  /** Their median: the middle value, or the mean of the two middle values for an even count. */
  public abstract double median();

  /** Their sample standard deviation (divisor n − 1); absent for a single value. */
  public abstract OptionalDouble standardDeviation();
}
