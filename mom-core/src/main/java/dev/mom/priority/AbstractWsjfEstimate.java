package dev.mom.priority;

import dev.mom.internal.Numbers;
import dev.mom.model.InvalidValueException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A concept's WSJF estimates on SAFe's relative scale from 1 to 20 (usually the modified Fibonacci numbers 1,
 * 2, 3, 5, 8, 13, 20): the three parts of the cost of delay and the job size.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractWsjfEstimate {

  AbstractWsjfEstimate() {}

  /**
   * Returns an estimate.
   *
   * @param userBusinessValue 1 to 20
   * @param timeCriticality 1 to 20
   * @param riskReduction 1 to 20
   * @param jobSize 1 to 20
   * @return the estimate
   */
  public static WsjfEstimate of(double userBusinessValue, double timeCriticality, double riskReduction,
      double jobSize) {
    return WsjfEstimate.builder().userBusinessValue(userBusinessValue).timeCriticality(timeCriticality)
        .riskReduction(riskReduction).jobSize(jobSize).build();
  }

  /** The value to users and the business, 1 to 20. */
  @DecimalMin("1")
  @DecimalMax("20")
  public abstract double userBusinessValue();

  /** How much the value decays with delay, 1 to 20. */
  @DecimalMin("1")
  @DecimalMax("20")
  public abstract double timeCriticality();

  /** Risk reduction and/or opportunity enablement (SAFe's RR|OE), 1 to 20. */
  @DecimalMin("1")
  @DecimalMax("20")
  public abstract double riskReduction();

  /** The size of the job, relative to the others, 1 to 20; never 0, since WSJF divides by it. */
  @DecimalMin("1")
  @DecimalMax("20")
  public abstract double jobSize();

  /**
   * The cost of delay: user-business value + time criticality + risk reduction.
   *
   * @return from 3 to 60
   */
  public final double costOfDelay() {
    return userBusinessValue() + timeCriticality() + riskReduction();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    onScale(problems, "userBusinessValue", userBusinessValue());
    onScale(problems, "timeCriticality", timeCriticality());
    onScale(problems, "riskReduction", riskReduction());
    onScale(problems, "jobSize", jobSize());
    InvalidValueException.throwIfAny(problems);
  }

  private static void onScale(List<String> problems, String attribute, double value) {
    if (!(value >= 1 && value <= 20)) {
      problems.add(attribute + " must be from 1 to 20 on SAFe's relative scale (1, 2, 3, 5, 8, 13, 20), was "
          + Numbers.format(value));
    }
  }
}
