package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * The words that name one point of a {@link Scale}, e.g. 1 = "Strongly disagree".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractScaleLabel {

  AbstractScaleLabel() {}

  /**
   * Returns the label for a point.
   *
   * @param value the point on the scale
   * @param label its words; not blank
   * @return the label
   */
  public static ScaleLabel of(double value, String label) {
    return ScaleLabel.builder().value(value).label(label).build();
  }

  /** The point on the scale this label names. */
  public abstract double value();

  /** The words shown for the point, e.g. "Strongly agree". */
  @NotBlank
  public abstract String label();

  @Value.Check
  void check() {
    Checks.finite(value(), "value");
    Checks.notBlank(label(), "label");
  }
}
