package dev.mom.impact;

import org.immutables.value.Value;

/**
 * A two-sided confidence interval for a difference of means.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractConfidenceInterval {

  AbstractConfidenceInterval() {}

  /** The confidence level, e.g. 0.95. */
  public abstract double level();

  /** The lower bound. */
  public abstract double lower();

  /** The upper bound; not below {@link #lower()}. */
  public abstract double upper();
}
