package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One objective of a client's {@link Strategy}, e.g. "Daily decisions rest on customer data" for 2021, with
 * the weight the advisory board gives it and what it addresses: focus areas, Theory-of-Change levels and
 * indicators of the playbook, by id. The gap analysis links each gap to the objectives that address it, so
 * that the board can prioritise actions in line with the strategy; prioritisation and road-map
 * traceability read the same objectives.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractStrategicObjective {

  AbstractStrategicObjective() {}

  /** The objective's id, unique within its strategy. */
  public abstract Id id();

  /** What the organisation means to achieve, e.g. "Customer metrics are part of every team's OKRs". */
  @NotBlank
  public abstract String statement();

  /** How much the objective counts relative to the strategy's other objectives; 0 or more, default 1. */
  @DecimalMin("0")
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** When the objective is to be reached, e.g. the year 2021. */
  public abstract Optional<@Valid Period> period();

  /** The focus areas the objective addresses, by id; each once. */
  public abstract List<Id> focusAreas();

  /** The Theory-of-Change levels the objective addresses, by id; each once. */
  public abstract List<Id> changeLevels();

  /** The gap indicators the objective addresses, by id; each once. */
  public abstract List<Id> indicators();

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "statement");
    Checks.finite(weight(), "weight");
    if (weight() < 0) {
      throw new IllegalArgumentException("weight must be 0 or more, was " + dev.mom.internal.Numbers.format(weight()));
    }
    Checks.unique(focusAreas(), a -> a, "focusAreas", "");
    Checks.unique(changeLevels(), l -> l, "changeLevels", "");
    Checks.unique(indicators(), i -> i, "indicators", "");
  }
}
