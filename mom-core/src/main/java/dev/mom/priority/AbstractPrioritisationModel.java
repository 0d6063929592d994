package dev.mom.priority;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The prioritisation section of a playbook: the scoring models a run may choose from (and which one it uses
 * when none is chosen), and the settings of the analytic hierarchy process and of the robustness analysis.
 * Everything a consultant may adapt for a client, as data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPrioritisationModel {

  AbstractPrioritisationModel() {}

  /** The scoring models, each id once. */
  @Size(min = 1)
  public abstract List<@Valid ScoringModel> scoringModels();

  /** The id of the model a run uses when it chooses none; one of {@link #scoringModels()}. */
  public abstract Id defaultModel();

  /** The random-index table the AHP consistency ratio uses; default Saaty's classic table. */
  @Value.Default
  public RandomIndexTable randomIndex() {
    return RandomIndexTable.SAATY;
  }

  /** The consistency ratio above which the AHP judgements are flagged as inconsistent; default 0.10. */
  @DecimalMin("0")
  @Value.Default
  public double consistencyThreshold() {
    return 0.10;
  }

  /**
   * The AHP power iteration stops when no priority changes by more than this between two iterations;
   * default 1e-12.
   */
  @Value.Default
  public double tolerance() {
    return 1e-12;
  }

  /** The most power iterations; default 1000, at most {@link ConceptPrioritiser#MAX_ITERATIONS}. */
  @Min(1)
  @Value.Default
  public int maxIterations() {
    return 1000;
  }

  /**
   * How many perturbed weightings the robustness analysis draws; default 1000, at most
   * {@link ConceptPrioritiser#MAX_RUNS}.
   */
  @Min(1)
  @Value.Default
  public int runs() {
    return 1000;
  }

  /**
   * κ, the Dirichlet concentration: perturbed weights are drawn from Dirichlet(κ·w), so their mean is the
   * given weights w and each weight's variance is w(1 − w) ÷ (κ + 1); larger is tighter. Default 100.
   */
  @Value.Default
  public double concentration() {
    return 100;
  }

  /** k for "probability of ranking in the top k"; default 3. */
  @Min(1)
  @Value.Default
  public int topK() {
    return 3;
  }

  /** The seed of the robustness analysis when a run gives none; default 2021. */
  @Value.Default
  public long seed() {
    return 2021;
  }

  /**
   * Finds a scoring model by id.
   *
   * @param id the id; not null
   * @return the model, or empty
   */
  public final Optional<ScoringModel> scoringModel(Id id) {
    return scoringModels().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    if (scoringModels().isEmpty()) {
      throw new IllegalArgumentException("scoringModels must name at least one model");
    }
    Checks.unique(scoringModels(), ScoringModel::id, "scoringModels", "id");
    if (scoringModel(defaultModel()).isEmpty()) {
      throw new IllegalArgumentException("defaultModel '" + defaultModel() + "' is not one of the scoringModels "
          + scoringModels().stream().map(m -> m.id().value()).toList());
    }
    if (!(consistencyThreshold() >= 0 && Double.isFinite(consistencyThreshold()))) {
      throw new IllegalArgumentException("consistencyThreshold must be 0 or more, was "
          + Numbers.format(consistencyThreshold()));
    }
    if (!(tolerance() > 0 && tolerance() < 1)) {
      throw new IllegalArgumentException("tolerance must be more than 0 and less than 1, was " + tolerance());
    }
    if (maxIterations() < 1 || maxIterations() > ConceptPrioritiser.MAX_ITERATIONS) {
      throw new IllegalArgumentException("maxIterations must be from 1 to " + ConceptPrioritiser.MAX_ITERATIONS
          + ", was " + maxIterations());
    }
    if (runs() < 1 || runs() > ConceptPrioritiser.MAX_RUNS) {
      throw new IllegalArgumentException("runs must be from 1 to " + ConceptPrioritiser.MAX_RUNS + ", was " + runs());
    }
    if (!(concentration() > 0 && Double.isFinite(concentration()))) {
      throw new IllegalArgumentException("concentration must be more than 0, was " + Numbers.format(concentration()));
    }
    if (topK() < 1) {
      throw new IllegalArgumentException("topK must be at least 1, was " + topK());
    }
  }
}
