package dev.mom.impact;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.Magnitude;
import dev.mom.model.Scale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * An outcome of the Theory of Change that the transformation means to move, e.g. "Product decisions rest
 * on customer data", measured by a metric on a scale in every {@link Wave}. The outcome names the concepts
 * or prototypes expected to move it, the smallest difference that matters, and the significance test
 * chosen for its data (which fixes the {@linkplain #design() design}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOutcome {

  AbstractOutcome() {}

  /** The outcome's id, unique among the transformation's outcomes; measurements name it. */
  public abstract Id id();

  /** What the outcome says, e.g. "Daily product decisions rest on customer data, not assumptions". */
  @NotBlank
  public abstract String statement();

  /** The Theory-of-Change level the outcome belongs to, by the id of one of the playbook's change levels. */
  public abstract Id level();

  /** What is measured, e.g. "Agreement that decisions cite customer data (survey item q4)". */
  @NotBlank
  public abstract String metric();

  /** The scale the metric is measured on; every measurement of the outcome lies on it. */
  @Valid
  public abstract Scale scale();

  /** Which way the metric should move. */
  public abstract DesiredDirection direction();

  /** The concepts or prototypes expected to move this outcome, by id, each once; may be empty. */
  public abstract List<Id> concepts();

  /**
   * The smallest difference of means, in the metric's own units, that matters to the client (e.g. 0.5 on a
   * five-point scale): a significant change smaller than this is not called improved or worsened. Positive
   * and at most the scale's range.
   */
  @DecimalMin(value = "0", inclusive = false)
  public abstract double minimumDifference();

  /** The significance test chosen for this outcome's data. */
  public abstract SignificanceTest test();

  /**
   * The design the chosen test is for: the test decides whether baseline and follow-up are paired.
   *
   * @return {@code test().design()}
   */
  public final StudyDesign design() {
    return test().design();
  }

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "statement");
    Checks.notBlank(metric(), "metric");
    Checks.unique(concepts(), c -> c, "concepts", "");
    if (!Magnitude.within(scale().min()) || !Magnitude.within(scale().max())
        || scale().range() < Magnitude.MIN_POSITIVE) {
      throw new IllegalArgumentException("scale must lie within ±" + Numbers.format(Magnitude.MAX) + " and span at least "
          + Magnitude.MIN_POSITIVE + ", was [" + scale().min() + ", " + scale().max() + "]");
    }
    Checks.finite(minimumDifference(), "minimumDifference");
    if (!(minimumDifference() > 0) || minimumDifference() > scale().range()) {
      throw new IllegalArgumentException("minimumDifference must be positive and at most the scale's range "
          + Numbers.format(scale().range()) + ", was " + Numbers.format(minimumDifference()));
    }
  }
}
