package dev.mom.diagnosis;

import org.immutables.value.Value;

/**
 * How much evidence a diagnosis rests on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractEvidenceSummary {

  AbstractEvidenceSummary() {}

  /** Sampled decisions. */
  public abstract int decisions();

  /** Survey respondents. */
  public abstract int respondents();

  /** Distinct interview, document and observation sources. */
  public abstract int sources();

  /** Coded observations. */
  public abstract int observations();
}
