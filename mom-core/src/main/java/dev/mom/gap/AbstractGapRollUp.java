package dev.mom.gap;

import dev.mom.model.Id;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The gaps of a group of indicators — a dimension, a focus area, a Theory-of-Change level, or all of them —
 * in normalised units, so that indicators on different scales can be combined. With {@code w} the weights
 * of the group's measured indicators: {@code current = Σ w·a / Σ w} where {@code a} is the indicator's
 * normalised current value oriented so that 1 is best ({@code 1 - x} when lower is better), likewise
 * {@code ideal}; {@code gap = ideal - current}; {@code shortfall = Σ w·shortfall / Σ w} (a surplus on one
 * indicator does not hide the shortfall of another). These are absent when no measured indicator of the
 * group has a positive weight.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGapRollUp {

  AbstractGapRollUp() {}

  /** The group's id: the dimension's, focus area's or level's id, or {@code overall}. */
  public abstract Id id();

  /** The group's name. */
  public abstract String name();

  /** How many indicators the model has in the group. */
  public abstract int indicators();

  /** How many of them are measured. */
  public abstract int measured();

  /** The sum of the measured indicators' weights. */
  public abstract double weight();

  /** The weighted mean oriented normalised current value, in [0, 1]. */
  public abstract OptionalDouble current();

  /** The weighted mean oriented normalised ideal, in [0, 1]. */
  public abstract OptionalDouble ideal();

  /** {@code ideal - current}, in [-1, 1]. */
  public abstract OptionalDouble gap();

  /** The weighted mean shortfall, in [0, 1]. */
  public abstract OptionalDouble shortfall();

  /** The sum of the group's indicators' contributions to the overall shortfall, in [0, 1]. */
  public abstract double contribution();

  /** The severity band of the shortfall. */
  public abstract Optional<Id> severity();

  /** How far the roll-up can be trusted, and why. */
  public abstract GapConfidence confidence();
}
