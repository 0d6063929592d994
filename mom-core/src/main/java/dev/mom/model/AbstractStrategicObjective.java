package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One objective of the company strategy (e.g. the 2021 strategy the MOM advisory board prioritised against):
 * what it aims at, how much it weighs, and which focus areas and gap indicators it speaks to, so that gaps
 * and concepts can be traced to it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractStrategicObjective {

  AbstractStrategicObjective() {}

  /** The objective's id, unique within the strategy. */
  public abstract Id id();

  /** What the objective aims at, e.g. "Grow cloud revenue through direct customer relationships". */
  @NotBlank
  public abstract String statement();

  /**
   * The objective's weight as the board gave it directly, 0 or more; absent when weights are derived from the
   * board's pairwise comparisons. Weights are relative: they are normalised to sum to 1 where used.
   */
  public abstract OptionalDouble weight();

  /** The focus areas whose gaps this objective speaks to, by id. */
  public abstract List<Id> focusAreas();

  /** The gap indicators this objective speaks to, by id. */
  public abstract List<Id> indicators();

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "statement");
    if (weight().isPresent()) {
      Checks.finite(weight().getAsDouble(), "weight");
      if (weight().getAsDouble() < 0) {
        throw new IllegalArgumentException("weight must be 0 or more, was " + weight().getAsDouble());
      }
    }
    Checks.unique(focusAreas(), a -> a, "focusAreas", "");
    Checks.unique(indicators(), i -> i, "indicators", "");
  }
}
