package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The range on which something is measured or answered: a 1–5 agreement scale, a 0–10 likelihood, a
 * 0–1 share. Values outside {@code [min, max]} are invalid for anything measured on the scale.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractScale {

  AbstractScale() {}

  /**
   * Returns a scale from {@code min} to {@code max} with no labels.
   *
   * @param min the lowest value
   * @param max the highest value, greater than {@code min}
   * @return the scale
   * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
   */
  public static Scale of(double min, double max) {
    return Scale.builder().min(min).max(max).build();
  }

  /**
   * The five-point agreement scale used by the default survey instruments: 1 = strongly disagree …
   * 5 = strongly agree.
   *
   * @return the scale with its five labels
   */
  public static Scale agreement5() {
    return Scale.builder().min(1).max(5)
        .addLabel(ScaleLabel.of(1, "Strongly disagree"))
        .addLabel(ScaleLabel.of(2, "Disagree"))
        .addLabel(ScaleLabel.of(3, "Neither agree nor disagree"))
        .addLabel(ScaleLabel.of(4, "Agree"))
        .addLabel(ScaleLabel.of(5, "Strongly agree"))
        .build();
  }

  /**
   * The unit scale from 0 to 1, for shares and normalised scores.
   *
   * @return the scale [0, 1]
   */
  public static Scale unit() {
    return of(0, 1);
  }

  /** The lowest value on the scale. */
  public abstract double min();

  /** The highest value on the scale; greater than {@link #min()}. */
  public abstract double max();

  /** Names for some or all points of the scale, in the order given; each within the scale, none repeated. */
  public abstract List<@Valid ScaleLabel> labels();

  /**
   * The width of the scale, {@code max - min}; always positive.
   *
   * @return the range
   */
  public final double range() {
    return max() - min();
  }

  /**
   * Tells whether a value lies on this scale, bounds included.
   *
   * @param value any number
   * @return true if {@code min <= value <= max}; false for NaN
   */
  public final boolean contains(double value) {
    return value >= min() && value <= max();
  }

  /**
   * Maps a value on this scale to [0, 1]: {@code (value - min) / (max - min)}.
   *
   * @param value a value on the scale
   * @return the normalised value, 0 at {@code min} and 1 at {@code max}
   * @throws IllegalArgumentException if {@code value} is not on the scale
   */
  public final double normalise(double value) {
    if (!contains(value)) {
      throw new IllegalArgumentException("value " + value + " is off the scale [" + min() + ", " + max() + "]");
    }
    // + 0.0 turns the -0.0 of (-0.0 - 0.0) into 0.0: the minimum normalises to 0, never to -0.0
    return (value - min()) / range() + 0.0;
  }

  @Value.Check
  void check() {
    Checks.finite(min(), "min");
    Checks.finite(max(), "max");
    if (!(min() < max())) {
      throw new IllegalArgumentException("min must be less than max, was min " + min() + " and max " + max());
    }
    if (!Double.isFinite(max() - min())) {
      throw new IllegalArgumentException("max - min must be a finite number, was " + (max() - min()));
    }
    List<ScaleLabel> labels = labels();
    for (int i = 0; i < labels.size(); i++) {
      double v = labels.get(i).value();
      if (!contains(v)) {
        throw new IllegalArgumentException("labels[" + i + "].value " + v + " is off the scale [" + min() + ", "
            + max() + "]");
      }
    }
    // -0.0 and 0.0 are one point of the scale, though Double.equals tells them apart: + 0.0 folds them
    Checks.unique(labels, label -> label.value() + 0.0, "labels", "value");
  }
}
