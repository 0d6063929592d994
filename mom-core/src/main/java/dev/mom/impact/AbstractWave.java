package dev.mom.impact;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import dev.mom.model.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One round of measurement: the baseline before the prototypes, a follow-up after them, or any wave between.
 * A transformation lists its waves in time order; an outcome's baseline is the first wave that measures it
 * and its follow-up the last.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractWave {

  AbstractWave() {}

  /** The wave's id, unique among the transformation's waves, e.g. {@code baseline}. */
  public abstract Id id();

  /** The wave's name for reports, e.g. "Baseline, June 2020". */
  @NotBlank
  public abstract String name();

  /** When the wave was collected, if recorded. */
  public abstract Optional<@Valid Period> period();

  /** The measurements taken in this wave, at most one per outcome and unit. */
  public abstract List<@Valid OutcomeMeasurement> measurements();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
  }
}
