package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A client's company strategy for a period, as weighted {@link StrategicObjective objectives} (the MOM
 * case's advisory board prioritised actions "in line with the company strategy for 2021"). Engines read it
 * to link gaps, concepts and key results back to what the organisation means to achieve.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractStrategy {

  AbstractStrategy() {}

  /** The strategy's id, e.g. {@code strategy-2021}. */
  public abstract Id id();

  /** The strategy's title, e.g. "Company strategy 2021". */
  @NotBlank
  public abstract String title();

  /** The period the strategy covers. */
  public abstract Optional<@Valid Period> period();

  /** The objectives, each id once; their weights sum to a positive total. */
  @Size(min = 1)
  public abstract List<@Valid StrategicObjective> objectives();

  /**
   * The board's pairwise comparisons of objectives on Saaty's scale. When there are any, prioritisation
   * derives the objectives' weights from them (analytic hierarchy process) instead of using
   * {@link StrategicObjective#weight()}.
   */
  public abstract List<@Valid PairwiseJudgement> comparisons();

  /**
   * Finds an objective by id.
   *
   * @param id the id; not null
   * @return the objective, or empty if the strategy has none with that id
   */
  public final Optional<StrategicObjective> objective(Id id) {
    return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    if (objectives().isEmpty()) {
      throw new IllegalArgumentException("objectives must name at least one objective");
    }
    Checks.unique(objectives(), StrategicObjective::id, "objectives", "id");
    List<String> problems = new ArrayList<>();
    double total = 0;
    for (StrategicObjective objective : objectives()) {
      total += objective.weight();
    }
    if (!(total > 0) || !Double.isFinite(total)) {
      problems.add("objectives: the weights must sum to a positive, finite total, was "
          + (Double.isFinite(total) ? dev.mom.internal.Numbers.format(total) : Double.toString(total)));
    }
    if (period().isPresent()) {
      for (int o = 0; o < objectives().size(); o++) {
        Optional<Period> own = objectives().get(o).period();
        if (own.isPresent() && !own.get().isWithin(period().get())) {
          problems.add("objectives[" + o + "].period " + own.get().start() + " to " + own.get().end()
              + " is not within the strategy's period " + period().get().start() + " to " + period().get().end());
        }
      }
    }
    for (int c = 0; c < comparisons().size(); c++) {
      PairwiseJudgement judgement = comparisons().get(c);
      if (objective(judgement.more()).isEmpty()) {
        problems.add("comparisons[" + c + "].more '" + judgement.more() + "' is not one of the objectives");
      }
      if (objective(judgement.less()).isEmpty()) {
        problems.add("comparisons[" + c + "].less '" + judgement.less() + "' is not one of the objectives");
      }
    }
    InvalidValueException.throwIfAny(problems);
  }
}
