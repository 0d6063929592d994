package dev.mom.playbook;

import dev.mom.gap.Aggregation;
import dev.mom.gap.Dimension;
import dev.mom.gap.Direction;
import dev.mom.gap.GapModel;
import dev.mom.gap.IdealSource;
import dev.mom.gap.Indicator;
import dev.mom.model.ChangeLevel;
import dev.mom.model.ChangeLevels;
import dev.mom.model.FocusArea;
import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import dev.mom.model.Scale;

/**
 * The gap analysis of the MOM playbook: one indicator for each of the four focus areas of the MOM case's
 * current-situation mapping at each of the four Theory-of-Change levels, worded from the source texts
 * (cited as {@code 000}–{@code 003}, the numbers of the seed files), grouped in the four dimensions along
 * which 003 describes a customer-centric product culture.
 *
 * <p>Every indicator is a statement rated on the five-point agreement scale (1 strongly disagree … 5
 * strongly agree) in interviews and surveys, or scored on it in document reviews and observations. The
 * ideal is a fixed target: 4 ("agree") for a mean; for the two shares, the share answering 4 or 5 that
 * shows the practice is common (0.7, and 0.8 for the road map, which 002 asks to map back to goals as a
 * whole). "One work group dictates what is built" is the one symptom measured directly, so lower is
 * better there and its target is 2 ("disagree"). Every weight is 1: the levels, not the weights, say
 * what comes first. The staged rule decides the stage reached, with the default threshold 0.1.
 *
 * <p>Holds immutable values only; thread-safe.
 */
final class DefaultGapModel {

  private static final Id LEADERSHIP = Id.of("leadership-and-strategy");
  private static final Id STRUCTURE = Id.of("structure-and-roles");
  private static final Id PROCESSES = Id.of("processes-and-activities");
  private static final Id MEASUREMENT = Id.of("measurement-and-incentives");

  private static final ChangeLevel L1 = ChangeLevels.UNDERSTANDING_THE_CUSTOMER;
  private static final ChangeLevel L2 = ChangeLevels.CUSTOMER_CENTRIC_PRODUCT_DEVELOPMENT;
  private static final ChangeLevel L3 = ChangeLevels.CUSTOMER_CENTRIC_INNOVATION;
  private static final ChangeLevel L4 = ChangeLevels.CUSTOMER_CENTRIC_ORGANISATION;

  private static final FocusArea DATA = FocusAreas.DATA_ACCESS_AND_USE;
  private static final FocusArea COOPERATION = FocusAreas.COOPERATION_AND_WORKING_CULTURE;
  private static final FocusArea PRODUCT = FocusAreas.PRODUCT_MANAGEMENT_AND_DEVELOPMENT;
  private static final FocusArea STRATEGY = FocusAreas.CORPORATE_STRATEGY;

  private static final GapModel MODEL = GapModel.builder()
      .addDimensions(
          dimension(LEADERSHIP, "Leadership and strategy",
              "What the executives ask for, fund and model: a customer-first vision, resources for research."),
          dimension(STRUCTURE, "Structure and roles",
              "Who takes part in product decisions and how departments share what they learn about customers."),
          dimension(PROCESSES, "Processes and activities",
              "How customer data and insight enter daily work, discovery and product development."),
          dimension(MEASUREMENT, "Measurement and incentives",
              "Which metrics, goals and dashboards steer the organisation: outcomes for customers or outputs."))
      // --- level 1: understanding the customer
      .addIndicators(
          mean("decisions-rest-on-customer-data", DATA, L1, PROCESSES,
              "Our daily decisions rest on customer data, not on assumptions.",
              "001: \"Daily actions based on customer data, not assumptions\""),
          share("customer-insight-shared", COOPERATION, L1, STRUCTURE, 0.7,
              "Departments share what they hear from customers with each other.",
              "000: \"Customer Service teams share their insights and stories regarding customers with other "
                  + "departments\""),
          mean("customer-problems-known", PRODUCT, L1, PROCESSES,
              "Product teams know the problems of the customers they build for.",
              "003: \"Obsess over target users – know their problems more than they do\""),
          mean("customer-first-vision", STRATEGY, L1, LEADERSHIP,
              "The executive team sets and repeats a clear vision that putting customers first is a strategic "
                  + "priority.",
              "003: \"The executive team sets a clear vision that putting customers first is a strategic "
                  + "priority\""))
      // --- level 2: customer-centric product development
      .addIndicators(
          mean("feedback-reaches-product-teams", DATA, L2, PROCESSES,
              "Customer feedback from support cases and surveys reaches product teams and informs the road map.",
              "003: \"Clear intake paths allow user feedback from support cases, app store reviews, and surveys to "
                  + "reach product teams and inform roadmaps\""),
          Indicator.builder().id(Id.of("one-workgroup-dictates")).focusArea(COOPERATION.id()).level(L2.id())
              .dimension(STRUCTURE).scale(Scale.agreement5()).direction(Direction.LOWER_IS_BETTER)
              .idealFrom(IdealSource.TARGET).target(2)
              .statement("One work group (sales, executives, marketing or engineering) dictates what gets built.")
              .cites("002: \"One workgroup within the company (e.g. sales, executives, marketing, engineering etc.) "
                  + "dictates what needs to be built\"").build(),
          mean("insight-leads-development", PRODUCT, L2, PROCESSES,
              "Customer insight leads product development from the very beginning to the end.",
              "000: \"customer insights lead the process from the very beginning to the end\""),
          share("roadmap-maps-to-goals", STRATEGY, L2, MEASUREMENT, 0.8,
              "The initiatives on our road map map back to company OKRs or goals.",
              "002: \"Ideate on a roadmap of initiatives that map back to a company OKRs or goal\""))
      // --- level 3: customer-centric innovation
      .addIndicators(
          mean("future-needs-anticipated", DATA, L3, PROCESSES,
              "We use customer data and research to anticipate customers' future needs and respond before they ask.",
              "001: \"Projecting customers’ future needs and responding proactively\""),
          mean("licence-to-experiment", COOPERATION, L3, STRUCTURE,
              "Product teams have the funding, support and licence to experiment.",
              "002: \"Product teams have funding, support & license to experiment\""),
          mean("discovery-valued", PRODUCT, L3, PROCESSES,
              "Customer research and discovery come before delivery; the backlog is not a wish list written in "
                  + "silos.",
              "002: \"Customer research & discovery is highly valued\"; symptom: \"The backlog is simply a "
                  + "collective wish list of tasks thought in silos\""),
          mean("leadership-funds-research", STRATEGY, L3, LEADERSHIP,
              "Leadership funds customer research that uncovers needs, frictions and what drives behaviour.",
              "003: \"Leadership funds extensive qualitative and quantitative customer research to uncover user "
                  + "needs, frictions, and behavioral drivers\""))
      // --- level 4: customer-centric organisation
      .addIndicators(
          mean("customer-metrics-on-dashboards", DATA, L4, MEASUREMENT,
              "Customer metrics reach the dashboards that leadership and department heads regularly review.",
              "002: \"Ensure these metrics get on dashboards that leadership & department heads regularly review\""),
          mean("processes-revolve-around-customer-value", COOPERATION, L4, PROCESSES,
              "All processes, from ideation to execution, revolve around customer value.",
              "002: \"All processes - ideation till execution - revolve around customer value\"; 001: "
                  + "\"Integrating customer-centric outlook to all processes\""),
          mean("outcomes-over-outputs", PRODUCT, L4, MEASUREMENT,
              "Product goals are outcomes for customers (usage, retention, NPS), not outputs such as features "
                  + "shipped.",
              "003: \"Goals emphasize shipping value to customers measured in usage, retention, NPS rather than "
                  + "outputs like story points completed or features shipped\""),
          mean("customer-metrics-in-okrs", STRATEGY, L4, MEASUREMENT,
              "Customer metrics are part of goal setting, OKRs and plans at every level.",
              "003: \"Metrics focused on customer value and outcomes are deeply embedded into business goal "
                  + "setting, OKRs, and planning at all levels\""))
      .build();

  private DefaultGapModel() {}

  /**
   * The gap model of the MOM playbook.
   *
   * @return the model; the same instance on every call
   */
  static GapModel model() {
    return MODEL;
  }

  private static Dimension dimension(Id id, String name, String description) {
    return Dimension.builder().id(id).name(name).description(description).build();
  }

  private static Indicator mean(String id, FocusArea area, ChangeLevel level, Id dimension, String statement,
      String cites) {
    return Indicator.builder().id(Id.of(id)).statement(statement).focusArea(area.id()).level(level.id())
        .dimension(dimension).scale(Scale.agreement5()).idealFrom(IdealSource.TARGET).target(4).cites(cites).build();
  }

  private static Indicator share(String id, FocusArea area, ChangeLevel level, Id dimension, double target,
      String statement, String cites) {
    return Indicator.builder().id(Id.of(id)).statement(statement).focusArea(area.id()).level(level.id())
        .dimension(dimension).scale(Scale.agreement5()).aggregation(Aggregation.SHARE_AT_OR_ABOVE).cutOff(4)
        .idealFrom(IdealSource.TARGET).target(target).cites(cites).build();
  }
}
