package dev.mom.trace;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * Why a road-map item needs no key result, e.g. keep-the-lights-on work, compliance or technical debt. An
 * exempt item is listed, and takes part in no other analysis.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractExemption {

  AbstractExemption() {}

  /** The kind of reason. */
  public abstract ExemptionCategory category();

  /** The reason in words, e.g. "GDPR data-retention rules". */
  @NotBlank
  public abstract String reason();

  @Value.Check
  void check() {
    Checks.notBlank(reason(), "reason");
  }
}
