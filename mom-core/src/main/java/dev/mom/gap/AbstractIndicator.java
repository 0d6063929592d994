package dev.mom.gap;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import dev.mom.model.Scale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One thing the gap analysis measures, e.g. "Daily decisions rest on customer data, not assumptions": in
 * which focus area and at which Theory-of-Change level, on which scale and in which direction, how much it
 * weighs, how its measurements are aggregated, and where its ideal comes from (a fixed
 * {@linkplain #target() target} or the measured desired state of {@linkplain Measurement#preferred()
 * preferred} answers).
 *
 * <p>The current and the ideal value are on the <em>aggregate scale</em> ({@link #aggregateScale()}): the
 * indicator's own scale for the mean and the median, the unit scale [0, 1] for the share at or above the
 * cut-off.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractIndicator {

  AbstractIndicator() {}

  /** The indicator's id, as measurements name it. */
  public abstract Id id();

  /** The statement rated, in the words of the survey or interview guide. */
  @NotBlank
  public abstract String statement();

  /** The focus area the indicator belongs to, by the id of one of the playbook's focus areas. */
  public abstract Id focusArea();

  /** The Theory-of-Change level the indicator evidences, by the id of one of the playbook's levels. */
  public abstract Id level();

  /** The dimension the indicator is grouped in, by the id of one of the model's dimensions. */
  public abstract Optional<Id> dimension();

  /** The scale measurements are given on. */
  @Valid
  public abstract Scale scale();

  /** Which way the indicator improves; default higher is better. */
  @Value.Default
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  /** How much the indicator weighs in roll-ups and in the ranking; 0 or more, default 1. */
  @DecimalMin("0")
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** How measurements are aggregated into one value; default the mean. */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.MEAN;
  }

  /** The cut-off on the scale, for {@link Aggregation#SHARE_AT_OR_ABOVE} only. */
  public abstract OptionalDouble cutOff();

  /** Where the ideal comes from. */
  public abstract IdealSource idealFrom();

  /** The fixed ideal on the {@linkplain #aggregateScale() aggregate scale}, for {@link IdealSource#TARGET} only. */
  public abstract OptionalDouble target();

  /** The source passage the indicator is worded from. */
  public abstract Optional<String> cites();

  /**
   * The scale the current and the ideal value are on: the indicator's scale for the mean and the median,
   * the unit scale [0, 1] for a share.
   *
   * @return the aggregate scale
   */
  public final Scale aggregateScale() {
    return aggregation() == Aggregation.SHARE_AT_OR_ABOVE ? Scale.unit() : scale();
  }

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "statement");
    List<String> problems = new ArrayList<>();
    if (!Double.isFinite(weight()) || weight() < 0) {
      problems.add("weight must be a finite number, 0 or more, was " + Numbers.format(weight()));
    }
    boolean share = aggregation() == Aggregation.SHARE_AT_OR_ABOVE;
    if (share && cutOff().isEmpty()) {
      problems.add("cutOff is required when aggregation is share-at-or-above");
    } else if (!share && cutOff().isPresent()) {
      problems.add("cutOff is used only when aggregation is share-at-or-above; leave it out for "
          + aggregation().id());
    } else if (share && !onScale(scale(), cutOff().getAsDouble())) {
      problems.add("cutOff " + Numbers.format(cutOff().getAsDouble()) + " is off the scale " + describe(scale()));
    }
    boolean fixed = idealFrom() == IdealSource.TARGET;
    if (fixed && target().isEmpty()) {
      problems.add("target is required when idealFrom is target");
    } else if (!fixed && target().isPresent()) {
      problems.add("target is used only when idealFrom is target; leave it out when the ideal comes from "
          + "preferred answers");
    } else if (fixed && !onScale(aggregateScale(), target().getAsDouble())) {
      problems.add("target " + Numbers.format(target().getAsDouble()) + " is off the scale "
          + describe(aggregateScale()) + (share ? " (a share-at-or-above indicator's target is a share)" : ""));
    }
    InvalidValueException.throwIfAny(problems);
  }

  private static boolean onScale(Scale scale, double value) {
    return Double.isFinite(value) && scale.contains(value);
  }

  static String describe(Scale scale) {
    return "[" + Numbers.format(scale.min()) + ", " + Numbers.format(scale.max()) + "]";
  }
}
