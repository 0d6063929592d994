package dev.mom.impact;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The impact section of a playbook: how strict the impact assessment is. The significance level applies
 * to Holm-adjusted p-values across all outcomes of a transformation; the confidence level to the interval
 * around each mean difference; the effect-size bands name standardised effects; and an outcome with fewer
 * pairs (paired design) or fewer measurements in either wave (independent design) than the minimum sample
 * size is not tested at all and gets the verdict {@link ImpactVerdict#INSUFFICIENT_DATA}. Everything a
 * consultant may adapt for a client, as data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractImpactModel {

  AbstractImpactModel() {}

  /** The significance level for the Holm-adjusted p-values, in (0, 0.5]; default 0.05. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("0.5")
  @Value.Default
  public double alpha() {
    return 0.05;
  }

  /** The confidence level of the interval around each difference of means, in (0, 1); default 0.95. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax(value = "1", inclusive = false)
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /** The thresholds that name effect sizes; default Cohen's 0.2, 0.5 and 0.8. */
  @Valid
  @Value.Default
  public EffectSizeBands effectSizeBands() {
    return EffectSizeBands.builder().build();
  }

  /**
   * The fewest pairs (paired design) or measurements in each wave (independent design) for an outcome to be
   * tested; at least 2, default 10. Below it the verdict is insufficient data, whatever the p-value would
   * be: with very few values the rank tests cannot reach the usual levels at all (a two-sided Wilcoxon
   * signed-rank test on 5 pairs has no p-value below 0.0625) and the t tests rest on a normality nobody can
   * check.
   */
  @Min(2)
  @Value.Default
  public int minimumSampleSize() {
    return 10;
  }

  @Value.Check
  void check() {
    Checks.finite(alpha(), "alpha");
    Checks.finite(confidenceLevel(), "confidenceLevel");
    List<String> problems = new ArrayList<>();
    if (!(alpha() > 0 && alpha() <= 0.5)) {
      problems.add("alpha must be within (0, 0.5], was " + Numbers.format(alpha()));
    }
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      problems.add("confidenceLevel must be within (0, 1), was " + Numbers.format(confidenceLevel()));
    }
    if (minimumSampleSize() < 2) {
      problems.add("minimumSampleSize must be at least 2, was " + minimumSampleSize());
    }
    InvalidValueException.throwIfAny(problems);
  }
}
