package dev.mom.priority;

import dev.mom.internal.Numbers;
import dev.mom.model.InvalidValueException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A concept's ICE estimates: impact, confidence and ease, each from 1 to 10. ICE has its own scales, so
 * these are separate from RICE's impact and confidence.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractIceEstimate {

  AbstractIceEstimate() {}

  /**
   * Returns an estimate.
   *
   * @param impact 1 to 10
   * @param confidence 1 to 10
   * @param ease 1 to 10
   * @return the estimate
   */
  public static IceEstimate of(double impact, double confidence, double ease) {
    return IceEstimate.builder().impact(impact).confidence(confidence).ease(ease).build();
  }

  /** How much the concept would move the goal, 1 to 10. */
  @DecimalMin("1")
  @DecimalMax("10")
  public abstract double impact();

  /** How sure the team is that it would, 1 to 10. */
  @DecimalMin("1")
  @DecimalMax("10")
  public abstract double confidence();

  /** How easy it is to do, 1 (hard) to 10 (easy). */
  @DecimalMin("1")
  @DecimalMax("10")
  public abstract double ease();

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    onScale(problems, "impact", impact());
    onScale(problems, "confidence", confidence());
    onScale(problems, "ease", ease());
    InvalidValueException.throwIfAny(problems);
  }

  private static void onScale(List<String> problems, String attribute, double value) {
    if (!(value >= 1 && value <= 10)) {
      problems.add(attribute + " must be from 1 to 10 on ICE's scale, was " + Numbers.format(value));
    }
  }
}
