package dev.mom.priority;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.Magnitude;
import dev.mom.model.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A concept the task force designed to close gaps (in the MOM case, five: on product development
 * processes, HR processes, data management, insight generation and customer dialogue): what problem it
 * tackles, which gaps it addresses, how strongly it serves each strategic objective, and the estimates the
 * scoring models need. A concept carries only the estimates of the models it is scored with; the
 * {@link ConceptPrioritiser} reports any a chosen model misses.
 *
 * <p>Scales, checked when the concept is built: {@link #alignment()} 0–3; {@link #reach()} 0 or more;
 * {@link #impact()} RICE's 3, 2, 1, 0.5 or 0.25; {@link #confidence()} a fraction from 0 to 1;
 * {@link #effort()} more than 0.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractConcept {

  /** RICE's impact scale, largest first. */
  static final Set<Double> RICE_IMPACTS = Set.of(3.0, 2.0, 1.0, 0.5, 0.25);

  AbstractConcept() {}

  /** The concept's id, unique within the transformation. */
  public abstract Id id();

  /** The concept's name, e.g. "Listen and Tell". */
  @NotBlank
  public abstract String name();

  /** The problem the concept tackles, in the task force's words. */
  public abstract Optional<String> problem();

  /** Where the concept is; default {@link ConceptStatus#IDEA}. */
  @Value.Default
  public ConceptStatus status() {
    return ConceptStatus.IDEA;
  }

  /**
   * The gaps the concept addresses, each once: ids of gap indicators or of focus areas (e.g.
   * {@code data-access-and-use}).
   */
  public abstract List<Id> gaps();

  /**
   * How strongly the concept serves each strategic objective, by objective id: 0 none, 1 weak, 2 moderate,
   * 3 strong. An objective not named counts as 0.
   */
  public abstract Map<Id, Integer> alignment();

  /** RICE's reach: how many people or events the concept touches per period; 0 or more. */
  public abstract OptionalDouble reach();

  /** RICE's impact on each one reached: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal. */
  public abstract OptionalDouble impact();

  /**
   * How sure the estimates are, a fraction from 0 to 1; RICE's scale is 1 (high), 0.8 (medium) and 0.5
   * (low). Used by {@code rice} and {@code strategic-fit}.
   */
  public abstract OptionalDouble confidence();

  /**
   * The effort the concept needs, more than 0, in the unit capacities are given in (e.g. person-months).
   * Used by {@code rice} and {@code strategic-fit}, the Pareto front and the green-light proposal.
   */
  public abstract OptionalDouble effort();

  /** The ICE estimates, for {@code ice} models. */
  public abstract Optional<@Valid IceEstimate> ice();

  /** The WSJF estimates, for {@code wsjf} models. */
  public abstract Optional<@Valid WsjfEstimate> wsjf();

  /** Ratings against a weighted model's criteria, by criterion id, each on its criterion's scale. */
  public abstract Map<Id, Double> ratings();

  /** The concepts this one depends on (its blockers), each once; green-lit only together with them. */
  public abstract List<Id> dependsOn();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Checks.unique(gaps(), g -> g, "gaps", "");
    Checks.unique(dependsOn(), d -> d, "dependsOn", "");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Id, Integer> entry : new TreeMap<>(alignment()).entrySet()) {
      int strength = entry.getValue();
      if (strength < 0 || strength > 3) {
        problems.add("alignment to objective '" + entry.getKey() + "' must be from 0 (none) to 3 (strong), was "
            + strength);
      }
    }
    if (reach().isPresent() && !(Magnitude.within(reach().getAsDouble()) && reach().getAsDouble() >= 0)) {
      problems.add("reach must be from 0 to " + Numbers.format(Magnitude.MAX) + ", was "
          + Numbers.format(reach().getAsDouble()));
    }
    if (impact().isPresent() && !RICE_IMPACTS.contains(impact().getAsDouble())) {
      problems.add("impact must be on RICE's scale: 3 (massive), 2 (high), 1 (medium), 0.5 (low) or 0.25 "
          + "(minimal), was " + Numbers.format(impact().getAsDouble()));
    }
    if (confidence().isPresent()) {
      double c = confidence().getAsDouble();
      if (!(c >= 0 && c <= 1)) {
        problems.add("confidence must be a fraction from 0 to 1 (RICE: 1 high, 0.8 medium, 0.5 low), was "
            + Numbers.format(c) + (c > 1 && c <= 100 ? " (write " + Numbers.format(c) + "% as "
            + Numbers.format(c / 100) + ")" : ""));
      }
    }
    if (effort().isPresent() && !(Magnitude.within(effort().getAsDouble()) && effort().getAsDouble() > 0)) {
      problems.add("effort must be more than 0 and at most " + Numbers.format(Magnitude.MAX) + ", was "
          + Numbers.format(effort().getAsDouble()));
    } else if (effort().isPresent() && effort().getAsDouble() < Magnitude.MIN_POSITIVE) {
      problems.add("effort must be at least " + Magnitude.MIN_POSITIVE + ", was " + effort().getAsDouble());
    }
    for (Map.Entry<Id, Double> rating : new TreeMap<>(ratings()).entrySet()) {
      if (!Magnitude.within(rating.getValue())) {
        problems.add("ratings of criterion '" + rating.getKey() + "' must be a finite number within ±"
            + Numbers.format(Magnitude.MAX) + ", was "
            + rating.getValue());
      }
    }
    if (dependsOn().contains(id())) {
      problems.add("dependsOn[" + dependsOn().indexOf(id()) + "] '" + id() + "' is the concept itself");
    }
    InvalidValueException.throwIfAny(problems);
  }
}
