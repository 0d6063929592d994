package dev.mom.playbook;

import dev.mom.model.Id;
import dev.mom.trace.Clamping;
import dev.mom.trace.GradeBands;
import dev.mom.trace.ProgressPolicy;
import dev.mom.trace.RollUp;
import dev.mom.trace.TraceabilityModel;
import dev.mom.trace.ZeroRange;
import java.util.List;

/**
 * The road-map-to-OKR traceability of the MOM playbook. Roadmap initiatives map back to company OKRs and
 * product metrics are tied to business goals (seed 002); goals emphasise outcomes, measured in usage,
 * retention and NPS, over outputs such as story points completed or features shipped, and customer metrics
 * belong in OKRs at every level (seed 003). So:
 * <ul>
 *   <li>output words: the activity verbs and delivery words the seeds contrast with outcomes (launch, ship,
 *       release, deliver, complete, story points, velocity, features), with their common inflections, as the
 *       lint does not stem;
 *   <li>customer words: the customer behaviours the seeds name (usage, retention, NPS, churn, adoption,
 *       satisfaction) and who shows them (customers, users, partners: Mikro sells through a dealer network);
 *   <li>customer metrics: nps, retention, usage, csat, churn, adoption;
 *   <li>progress linear for increase and decrease, strict thresholds for stay-above and stay-below, binary
 *       milestones, without clamping (overshooting and moving backwards stay visible), and a zero range left
 *       undefined and reported rather than guessed;
 *   <li>Google's grade bands (red below 0.4, yellow below 0.7, green from 0.7), roll-up by the equal mean, and a
 *       pace tolerance of 0.1.
 * </ul>
 *
 * <p>Holds immutable values only; thread-safe.
 */
final class DefaultTraceability {

  private static final TraceabilityModel MODEL = TraceabilityModel.builder()
      .addOutputWords("launch", "launches", "launched", "ship", "ships", "shipped", "release", "releases",
          "released", "deliver", "delivers", "delivered", "complete", "completes", "completed", "story points",
          "velocity", "feature", "features", "build", "built", "implement", "implemented")
      .addCustomerWords("customer", "customers", "user", "users", "partner", "partners", "dealer", "dealers",
          "usage", "active", "retention", "retained", "churn", "nps", "net promoter", "csat", "satisfaction",
          "adoption", "adopt", "adopted", "renewal", "renewals")
      .addCustomerMetrics(Id.of("nps"), Id.of("retention"), Id.of("usage"), Id.of("csat"), Id.of("churn"),
          Id.of("adoption"))
      .progress(ProgressPolicy.builder().clamping(Clamping.NONE).zeroRange(ZeroRange.UNDEFINED).build())
      .gradeBands(GradeBands.builder().yellowFrom(0.4).greenFrom(0.7).build())
      .rollUp(RollUp.EQUAL_MEAN)
      .paceTolerance(0.1)
      .build();

  private DefaultTraceability() {}

  /**
   * The MOM playbook's traceability model.
   *
   * @return the model; the same instance on every call
   */
  static TraceabilityModel model() {
    return MODEL;
  }
}
