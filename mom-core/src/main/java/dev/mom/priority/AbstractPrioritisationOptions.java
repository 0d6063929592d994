package dev.mom.priority;

import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.Magnitude;
import dev.mom.model.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The choices of one prioritisation run: which scoring model, the effort capacity for the green-light
 * proposal, the focus areas it must cover, the severities of the gaps (from the gap analysis, when it has
 * run), and overrides of the model's robustness settings. Everything is optional:
 * {@code PrioritisationOptions.builder().build()} runs the playbook's default model with no proposal.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPrioritisationOptions {

  AbstractPrioritisationOptions() {}

  /**
   * The options that change nothing: the default model, no capacity.
   *
   * @return the default options
   */
  public static PrioritisationOptions defaults() {
    return PrioritisationOptions.builder().build();
  }

  /** The scoring model's id; default the playbook's default model. */
  public abstract Optional<Id> model();

  /**
   * The effort capacity, more than 0, in the unit of the concepts' {@code effort}; with it the result has a
   * green-light proposal.
   */
  public abstract OptionalDouble capacity();

  /** Focus areas the proposal must cover: each addressed by at least one proposed (or done) concept. */
  public abstract List<Id> mustCover();

  /**
   * The severity of gaps, from 0 (closed) to 1 (as far from ideal as can be), by gap id (indicator or focus
   * area), e.g. from the gap analysis's report. Gaps not named here get the model's assumed severity.
   */
  public abstract Map<Id, Double> gapSeverities();

  /** k for "probability of ranking in the top k"; default the model's. */
  public abstract OptionalInt topK();

  /** How many perturbed weightings the robustness analysis draws; default the model's. */
  public abstract OptionalInt runs();

  /** The robustness analysis's seed; default the model's. */
  public abstract OptionalLong seed();

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (capacity().isPresent() && !(Magnitude.within(capacity().getAsDouble()) && capacity().getAsDouble() > 0)) {
      problems.add("capacity must be more than 0 and at most " + Numbers.format(Magnitude.MAX) + ", was "
          + Numbers.format(capacity().getAsDouble()));
    }
    for (Map.Entry<Id, Double> severity : new TreeMap<>(gapSeverities()).entrySet()) {
      double s = severity.getValue();
      if (!(s >= 0 && s <= 1)) {
        problems.add("gapSeverities of gap '" + severity.getKey() + "' must be from 0 to 1, was " + s);
      }
    }
    if (topK().isPresent() && topK().getAsInt() < 1) {
      problems.add("topK must be at least 1, was " + topK().getAsInt());
    }
    if (runs().isPresent() && (runs().getAsInt() < 1 || runs().getAsInt() > ConceptPrioritiser.MAX_RUNS)) {
      problems.add("runs must be from 1 to " + ConceptPrioritiser.MAX_RUNS + ", was " + runs().getAsInt());
    }
    InvalidValueException.throwIfAny(problems);
  }
}
