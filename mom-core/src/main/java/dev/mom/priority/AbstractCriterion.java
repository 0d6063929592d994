package dev.mom.priority;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.Scale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One criterion of a {@code weighted} scoring model: what concepts are rated on, on which scale, and how
 * much it weighs. A rating r is normalised on the scale as (r − min) ÷ (max − min), so a rating at the top of
 * the scale counts 1 whatever the other concepts are rated.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractCriterion {

  AbstractCriterion() {}

  /** The criterion's id, unique within its model; concepts' {@code ratings} are keyed by it. */
  public abstract Id id();

  /** What is rated, e.g. "Customer value". */
  @NotBlank
  public abstract String name();

  /** The scale ratings are given on; higher is better. */
  @Valid
  public abstract Scale scale();

  /** The criterion's weight, more than 0; weights are normalised to sum to 1. */
  public abstract double weight();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    if (!(Double.isFinite(weight()) && weight() > 0)) {
      throw new IllegalArgumentException("weight must be more than 0, was " + Numbers.format(weight()));
    }
  }
}
