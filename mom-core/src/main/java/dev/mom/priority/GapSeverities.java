package dev.mom.priority;

import dev.mom.gap.GapReport;
import dev.mom.gap.GapRollUp;
import dev.mom.gap.IndicatorGap;
import dev.mom.model.Id;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The feed from the gap analysis to the prioritisation: the severities of the gaps in a {@link GapReport},
 * by gap id, as {@link PrioritisationOptions#gapSeverities()} takes them, so that a concept scores for the
 * gaps it closes as they were measured rather than with the model's assumed severity.
 *
 * <p>{@link #from(GapReport)} gives, in this order:
 * <ul>
 *   <li>for each <b>measured indicator</b> (in the report's order, which is the model's), its id mapped to
 *       its {@linkplain IndicatorGap#shortfall() shortfall} {@code max(0, g)}, {@code g} the normalised gap
 *       oriented so that positive is short of the ideal: 0 when the indicator is at or beyond its ideal, 1
 *       when it is as far from the ideal as its scale allows;
 *   <li>for each <b>focus area</b> with a measured indicator of positive weight (in the playbook's order),
 *       the area's id mapped to its roll-up {@linkplain GapRollUp#shortfall() shortfall}: the weighted mean
 *       {@code Σ w·shortfall ÷ Σ w} over the area's measured indicators, with their gap-model weights
 *       {@code w}. A surplus on one indicator counts as 0, so it does not hide another's shortfall.
 * </ul>
 * Both are in [0, 1]. Unmeasured indicators, and focus areas none of whose indicators with a positive weight
 * is measured, are left out: the prioritiser then uses the model's assumed severity for them, rather than
 * reading "not measured" as "no gap". Dimensions and Theory-of-Change levels are not gaps a concept names,
 * so they are left out too.
 *
 * <p>Example: area {@code a} with {@code i1} (1–5, target 4, weight 1, answers 2 and 3: mean 2.5, shortfall
 * (0.75 − 0.375) = 0.375) and {@code i2} (weight 3, answers 5 and 5: beyond the target, shortfall 0) gives
 * {@code i1 → 0.375}, {@code i2 → 0}, {@code a → (1 × 0.375 + 3 × 0) ÷ 4 = 0.09375}.
 *
 * <p>Stateless and thread-safe.
 */
public final class GapSeverities {

  private GapSeverities() {}

  /**
   * The severities of a gap report's indicators and focus areas, by id.
   *
   * @param report the gap analysis; not null
   * @return an unmodifiable map from indicator and focus-area ids to severities in [0, 1]: the measured
   *     indicators in the report's order, then the focus areas in the playbook's order
   * @throws IllegalArgumentException if an indicator and a focus area share an id, which would make the
   *     gap a concept names ambiguous
   */
  public static Map<Id, Double> from(GapReport report) {
    Objects.requireNonNull(report, "report");
    Map<Id, Double> severities = new LinkedHashMap<>();
    for (IndicatorGap gap : report.indicators()) {
      severities.put(gap.indicator(), clamp(gap.shortfall()));
    }
    for (GapRollUp area : report.focusAreas()) {
      if (area.shortfall().isEmpty()) {
        continue;
      }
      if (severities.containsKey(area.id())) {
        throw new IllegalArgumentException("focus area '" + area.id() + "' has the id of an indicator, so a concept "
            + "naming the gap '" + area.id() + "' would be ambiguous");
      }
      severities.put(area.id(), clamp(area.shortfall().getAsDouble()));
    }
    return Collections.unmodifiableMap(severities);
  }

  /** Guards the promise of [0, 1] against rounding at the ends; the report's shortfalls are already in it. */
  private static double clamp(double severity) {
    return Math.max(0.0, Math.min(1.0, severity));
  }
}
