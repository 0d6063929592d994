package dev.mom.trace;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import org.immutables.value.Value;

/**
 * Google-style grade bands as half-open intervals: {@link Grade#RED} below {@link #yellowFrom()},
 * {@link Grade#YELLOW} from it to below {@link #greenFrom()}, {@link Grade#GREEN} from it up. The defaults 0.4
 * and 0.7 follow Google's OKR grading (0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green). Progress below 0 is red
 * and above 1 green. Playbook data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGradeBands {

  AbstractGradeBands() {}

  /** Where yellow starts; more than 0, default 0.4. */
  @Value.Default
  public double yellowFrom() {
    return 0.4;
  }

  /** Where green starts; more than {@link #yellowFrom()} and at most 1, default 0.7. */
  @Value.Default
  public double greenFrom() {
    return 0.7;
  }

  /**
   * The grade of a progress.
   *
   * @param progress a finite progress, possibly outside [0, 1]
   * @return red below {@link #yellowFrom()}, yellow below {@link #greenFrom()}, else green
   */
  public final Grade gradeOf(double progress) {
    return progress < yellowFrom() ? Grade.RED : progress < greenFrom() ? Grade.YELLOW : Grade.GREEN;
  }

  @Value.Check
  void check() {
    Checks.finite(yellowFrom(), "yellowFrom");
    Checks.finite(greenFrom(), "greenFrom");
    if (!(yellowFrom() > 0)) {
      throw new IllegalArgumentException("yellowFrom must be more than 0, was " + Numbers.format(yellowFrom()));
    }
    if (!(greenFrom() > yellowFrom() && greenFrom() <= 1)) {
      throw new IllegalArgumentException("greenFrom must be more than yellowFrom " + Numbers.format(yellowFrom())
          + " and at most 1, was " + Numbers.format(greenFrom()));
    }
  }
}
