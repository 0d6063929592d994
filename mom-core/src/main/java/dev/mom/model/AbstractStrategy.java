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
 * The company strategy that gaps, concepts, road-map items and key results are traced to: its period, its
 * weighted objectives, and optionally the board's pairwise comparisons from which the weights can be derived
 * (analytic hierarchy process). In the MOM case, the advisory board prioritised actions in line with the 2021
 * strategy.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractStrategy {

  AbstractStrategy() {}

  /** The strategy's title, e.g. "Strategy 2021". */
  @NotBlank
  public abstract String title();

  /** The period the strategy covers. */
  public abstract Optional<@Valid Period> period();

  /** The objectives, each id once. */
  @Size(min = 1)
  public abstract List<@Valid StrategicObjective> objectives();

  /** The board's pairwise comparisons of objectives, if the weights are to be derived from them. */
  public abstract List<@Valid PairwiseJudgement> comparisons();

  /**
   * Finds an objective by id.
   *
   * @param id the id; not null
   * @return the objective, or empty
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
