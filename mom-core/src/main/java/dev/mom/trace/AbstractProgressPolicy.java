package dev.mom.trace;

import org.immutables.value.Value;

/**
 * How key-result progress is computed, as playbook data:
 * <ul>
 *   <li>{@link MetricDirection#INCREASE increase} and {@link MetricDirection#DECREASE decrease}: linear,
 *       p = (current − baseline) ÷ (target − baseline); when target = baseline, as {@link #zeroRange()} says;
 *   <li>{@link MetricDirection#STAY_ABOVE stay-above}: p = 1 when current &gt; target, else 0;
 *       {@link MetricDirection#STAY_BELOW stay-below}: p = 1 when current &lt; target, else 0 (strict: sitting
 *       on the threshold is not staying above or below it);
 *   <li>{@link KeyResultKind#MILESTONE milestones}, whatever the direction: p = 1 when current reaches target
 *       (current ≥ target for increase and stay-above, current ≤ target for decrease and stay-below), else 0;
 *   <li>then {@link #clamping()}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractProgressPolicy {

  AbstractProgressPolicy() {}

  /** Whether progress is clamped into [0, 1]; default {@link Clamping#NONE}. */
  @Value.Default
  public Clamping clamping() {
    return Clamping.NONE;
  }

  /** What linear progress is when target equals baseline; default {@link ZeroRange#UNDEFINED}. */
  @Value.Default
  public ZeroRange zeroRange() {
    return ZeroRange.UNDEFINED;
  }
}
