package dev.mom.impact;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import jakarta.validation.constraints.DecimalMin;
import org.immutables.value.Value;

/**
 * The thresholds that name the size of a standardised effect (Cohen's d or d_z, on its absolute value):
 * very small below {@link #small()}, small below {@link #medium()}, medium below {@link #large()}, large
 * from it. The defaults 0.2, 0.5 and 0.8 are Cohen's conventions (J. Cohen, <i>Statistical Power Analysis
 * for the Behavioral Sciences</i>, 2nd ed., 1988, §2.2.3). Playbook data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractEffectSizeBands {

  AbstractEffectSizeBands() {}

  /** Where a small effect starts; default 0.2. */
  @DecimalMin(value = "0", inclusive = false)
  @Value.Default
  public double small() {
    return 0.2;
  }

  /** Where a medium effect starts; default 0.5. */
  @DecimalMin(value = "0", inclusive = false)
  @Value.Default
  public double medium() {
    return 0.5;
  }

  /** Where a large effect starts; default 0.8. */
  @DecimalMin(value = "0", inclusive = false)
  @Value.Default
  public double large() {
    return 0.8;
  }

  /**
   * The band of an effect size.
   *
   * @param effect a finite effect size; its sign is ignored
   * @return its band
   */
  public final EffectSizeBand bandOf(double effect) {
    double size = Math.abs(effect);
    return size < small() ? EffectSizeBand.VERY_SMALL
        : size < medium() ? EffectSizeBand.SMALL
        : size < large() ? EffectSizeBand.MEDIUM
        : EffectSizeBand.LARGE;
  }

  @Value.Check
  void check() {
    Checks.finite(small(), "small");
    Checks.finite(medium(), "medium");
    Checks.finite(large(), "large");
    if (!(small() > 0)) {
      throw new IllegalArgumentException("small must be positive, was " + Numbers.format(small()));
    }
    if (!(small() < medium())) {
      throw new IllegalArgumentException("medium must be greater than small " + Numbers.format(small()) + ", was "
          + Numbers.format(medium()));
    }
    if (!(medium() < large())) {
      throw new IllegalArgumentException("large must be greater than medium " + Numbers.format(medium())
          + ", was " + Numbers.format(large()));
    }
  }
}
