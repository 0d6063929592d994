package dev.mom.gap;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The gap analysis of a transformation: the gap of every measured indicator, the roll-ups per dimension,
 * focus area and Theory-of-Change level and overall, the stage reached and what blocks the next, the gaps
 * ranked by weighted severity, and (with a strategy) the objectives each gap is linked to. The advisory
 * board prioritises actions from it, and the prioritisation engine reads it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGapReport {

  AbstractGapReport() {}

  /** How many measurements were scored. */
  public abstract int measurements();

  /** The gap of each measured indicator, in the model's order. */
  public abstract List<IndicatorGap> indicators();

  /** The model's indicators without measurements, in the model's order. */
  public abstract List<Id> unmeasured();

  /** A roll-up per dimension, in the model's order. */
  public abstract List<GapRollUp> dimensions();

  /** A roll-up per focus area, in the playbook's order. */
  public abstract List<GapRollUp> focusAreas();

  /** A roll-up per Theory-of-Change level, lowest first. */
  public abstract List<GapRollUp> levels();

  /** The roll-up of all indicators, with id {@code overall}. */
  public abstract GapRollUp overall();

  /** The Theory-of-Change stage reached and what blocks the next. */
  public abstract StageAssessment stage();

  /**
   * The indicators with a shortfall, most severe first: by contribution (weight × shortfall), then by
   * shortfall, both descending, then in the model's order.
   */
  public abstract List<Id> ranking();

  /** The id of the strategy the gaps are linked to, if the transformation has one. */
  public abstract Optional<Id> strategy();
}
