package dev.mom.gap;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A band of normalised shortfall with a name, e.g. "minor" up to 0.25 of the scale. A gap falls in the
 * first band (in the model's order, which is by ascending {@link #upTo()}) whose {@code upTo} is at least
 * its shortfall.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSeverityBand {

  AbstractSeverityBand() {}

  /**
   * Returns a band.
   *
   * @param id the id text, e.g. {@code minor}
   * @param label the label, e.g. "Minor"
   * @param upTo the largest normalised shortfall in the band, in (0, 1]
   * @return the band
   */
  public static SeverityBand of(String id, String label, double upTo) {
    return SeverityBand.builder().id(Id.of(id)).label(label).upTo(upTo).build();
  }

  /** The band's id, e.g. {@code aligned}, {@code minor}, {@code major}, {@code critical}. */
  public abstract Id id();

  /** The band's label for reports. */
  @NotBlank
  public abstract String label();

  /** The largest normalised shortfall in the band (inclusive), in (0, 1]; the last band's is 1. */
  @DecimalMax("1")
  public abstract double upTo();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "label");
    Checks.finite(upTo(), "upTo");
    if (!(upTo() > 0) || upTo() > 1) {
      throw new IllegalArgumentException("upTo must be within (0, 1], was " + dev.mom.internal.Numbers.format(upTo()));
    }
  }
}
