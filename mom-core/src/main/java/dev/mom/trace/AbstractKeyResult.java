package dev.mom.trace;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import dev.mom.model.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A measurable result that says when an OKR {@link Objective} is met, e.g. "Monthly active partner users
 * rise from 1,200 to 2,000" (metric "monthly active partner users", baseline 1200, target 2000, direction
 * increase, kind outcome, customer metric {@code usage}). Product metrics tied to business goals (seed 002)
 * and customer metrics such as NPS, retention and usage in the OKRs (seed 003) are key results.
 *
 * <p>Invariants, checked when built: the texts are not blank, the numbers are finite, the weight is 0 or
 * more. Whether the numbers fit the direction (a target above the baseline to increase) and whether linear
 * progress has a range are findings of the {@link RoadmapTracer}, not invariants: such a key result still
 * takes part in the rest of the analysis.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractKeyResult {

  AbstractKeyResult() {}

  /** The key result's id, unique among all key results of the transformation. */
  public abstract Id id();

  /** The key result as written, e.g. "Partner NPS rises from 21 to 35". */
  @NotBlank
  public abstract String statement();

  /** What is measured, e.g. "partner NPS"; a key result without one is flagged by the lint. */
  public abstract Optional<String> metric();

  /** The metric's unit, e.g. "points", "%", "users". */
  public abstract Optional<String> unit();

  /** The metric's value when the key result was set. */
  public abstract OptionalDouble baseline();

  /** The value to reach (increase, decrease, milestone) or the threshold to keep (stay-above, stay-below). */
  public abstract OptionalDouble target();

  /** The metric's latest value; without one, progress is not computed. */
  public abstract OptionalDouble current();

  /** Which way the metric should go. */
  public abstract MetricDirection direction();

  /** What the key result measures, as its author declares it; default {@link KeyResultKind#OUTCOME}. */
  @Value.Default
  public KeyResultKind kind() {
    return KeyResultKind.OUTCOME;
  }

  /**
   * The customer metric the key result tracks, e.g. {@code nps}, {@code retention}, {@code usage},
   * {@code csat}, {@code churn}, {@code adoption}: one of the playbook's customer metrics. A tagged key
   * result names customer behaviour.
   */
  public abstract Optional<Id> customerMetric();

  /** The key result's weight in a {@link RollUp#WEIGHTED weighted} roll-up, 0 or more; 1 when not given. */
  @DecimalMin("0")
  public abstract OptionalDouble weight();

  /** When the key result is to be reached; when not given, its objective's period. */
  public abstract Optional<@Valid Period> period();

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "statement");
    List<String> problems = new ArrayList<>();
    if (metric().isPresent() && metric().get().isBlank()) {
      problems.add("metric must not be blank when given");
    }
    if (unit().isPresent() && unit().get().isBlank()) {
      problems.add("unit must not be blank when given");
    }
    finite(problems, baseline(), "baseline");
    finite(problems, target(), "target");
    finite(problems, current(), "current");
    if (weight().isPresent()) {
      double w = weight().getAsDouble();
      if (!(Double.isFinite(w) && w >= 0)) {
        problems.add("weight must be 0 or more, was " + (Double.isFinite(w) ? Numbers.format(w) : Double.toString(w)));
      }
    }
    InvalidValueException.throwIfAny(problems);
  }

  private static void finite(List<String> problems, OptionalDouble value, String attribute) {
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      problems.add(attribute + " must be a finite number, was " + value.getAsDouble());
    }
  }
}
