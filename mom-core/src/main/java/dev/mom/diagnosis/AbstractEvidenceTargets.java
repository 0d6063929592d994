package dev.mom.diagnosis;

import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * How much evidence of each source counts as "enough" for full confidence in a diagnosis: with fewer,
 * the evidence-volume part of the confidence falls in proportion. Playbook data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractEvidenceTargets {

  AbstractEvidenceTargets() {}

  /** Sampled decisions for full volume; default 30. */
  @Min(1)
  @Value.Default
  public int decisions() {
    return 30;
  }

  /** Survey responses for full volume; default 20. */
  @Min(1)
  @Value.Default
  public int responses() {
    return 20;
  }

  /** Distinct interview, document or observation sources for full volume; default 8. */
  @Min(1)
  @Value.Default
  public int sources() {
    return 8;
  }

  @Value.Check
  void check() {
    if (decisions() < 1 || responses() < 1 || sources() < 1) {
      throw new IllegalArgumentException("targets must be at least 1, were decisions " + decisions()
          + ", responses " + responses() + ", sources " + sources());
    }
  }
}
