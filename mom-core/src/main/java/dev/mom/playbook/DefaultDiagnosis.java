package dev.mom.playbook;

import dev.mom.diagnosis.Archetype;
import dev.mom.diagnosis.ArchetypePoints;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.diagnosis.EvidenceKind;
import dev.mom.diagnosis.EvidenceNature;
import dev.mom.diagnosis.ObservationCode;
import dev.mom.diagnosis.SurveyItem;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Intervention;
import dev.mom.model.Scale;
import dev.mom.rules.Compare;
import dev.mom.rules.Condition;
import dev.mom.rules.Rule;
import java.util.List;

/**
 * The stakeholder-dominance diagnosis of the MOM playbook and the intervention catalogue it recommends
 * from, distilled from the four MOM source texts (cited as {@code 000}–{@code 003}, the numbers of the seed
 * files: 000 the product-culture follow-up at Mikrogrup, 001 the MOM case, 002 the symptoms and signs of
 * product culture, 003 customer-centric culture across leadership, processes, measurement and incentives).
 *
 * <p>How the rules are weighed: every archetype is scored from each of the three sources on its own (no rule
 * mixes signals of two sources, so the decision log, the survey and the coded observations can each point
 * to an archetype and be cross-checked). Behaviour in the decision log weighs most (up to 3 points a rule,
 * up to 7 an archetype; 5 for product-led, which has two rules); perceptions in the survey weigh 1 a rule
 * (up to 2 a pitfall, 3 for the ideal); interview and document codes 1–2 a rule (up to 2–3 an archetype).
 * Rules that read "a function decides or initiates a large share" only test {@code gte} on
 * {@code decisions.decidedBy.*} and {@code decisions.initiatedBy.*}, so that more decisions by a function
 * never take points from that function's archetype.
 *
 * <p>Thresholds: a function deciding at least 0.4 of the sampled critical decisions dominates them, 0.25 is
 * "many"; executives overriding at least 0.25 is a HiPPO pattern; a survey signal of at least 0.65 (between
 * "neither" at 0.5 and "agree" at 0.75) is shared agreement, at most 0.35 shared disagreement; a code carried
 * by at least 0.3 of the sources is a pattern, not an anecdote.
 *
 * <p>Holds immutable values only; thread-safe.
 */
final class DefaultDiagnosis {

  // --- the intervention catalogue, in the order of DOMAIN.md §7 ---

  private static final List<Intervention> INTERVENTIONS = List.of(
      intervention("product-2-0", "Product 2.0",
          "An insight-led, multi-stakeholder product development process: customer insight guides every phase "
              + "from road map to release and each phase invites the other departments, so that success is a "
              + "collective effort. Launched through pilot projects with product teams, with frequent check-ins "
              + "that map barriers and potentials, and action areas reported to the executives; the pilots give "
              + "product teams a licence to experiment.",
          "000: \"customer insights lead the process from the very beginning to the end\""),
      intervention("common-dictionary", "Common customer-centric dictionary",
          "Shared definitions of the words every product discussion uses (customer, need, insight, prototype), "
              + "agreed with the stakeholders and taught in a three-step basic module for all employees and a "
              + "three-step pro module for product teams, who become ambassadors of the narrative; run on the "
              + "internal education platform as part of HR's skill-building programme.",
          "000: \"make sure all are aligned around a common definition\""),
      intervention("insight-tools-pilot", "Insight-tools pilot",
          "A small team from product management and product experience picks one challenge and one target "
              + "group, tries alternative user-research methods suited to a company that reaches users through "
              + "dealers, and logs time and effort, quality of outcomes, barriers and potentials; the result is "
              + "quick wins and a plan for insight mechanisms that can be standardised.",
          "000: \"test out alternative user research methods\""),
      intervention("dialogue-rituals", "Dialogue rituals (Listen&Tell / Dinle-Yorum)",
          "A recurring session open to every department in which the people who spend most time with customers "
              + "(at Mikro, customer service, on Friday afternoons) share customer stories and insights, ending "
              + "with questions and answers; it turns problem solvers into insight hunters.",
          "000: \"Customer Service teams share their insights and stories regarding customers\""),
      intervention("cross-functional-committee", "Cross-functional product committee",
          "A standing group of people from the departments whose influence and feedback matter to the product; "
              + "the product manager sets direction with them and shares the road map with them, so that no "
              + "single department decides alone.",
          "002: \"Identify a cross-functional committee whose influence & feedback would be invaluable\""),
      intervention("vision-strategy-workshop", "Vision and strategy workshop",
          "A workshop with the committee, prepared with a two-page memo on how a product strategy contributes to "
              + "business metrics, that aligns everyone on the product vision (the world to create) and strategy "
              + "(the steps and focus to get there).",
          "002: \"The goal of the workshop would be to create alignment on the product vision\""),
      intervention("roadmap-to-okr-mapping", "Road map mapped to company OKRs",
          "Every road-map initiative is traced back to a company OKR or goal, and the mapping is shared with the "
              + "committee, so that requests without a strategic reason are visible as such.",
          "002: \"Ideate on a roadmap of initiatives that map back to a company OKRs\""),
      intervention("product-metrics-dashboard", "Product metrics on leadership dashboards",
          "Product-level metrics tied to the company's business goals, put on the dashboards that leadership and "
              + "department heads review regularly, so that product decisions are judged by their results.",
          "002: \"Ensure these metrics get on dashboards that leadership & department heads regularly review\""),
      intervention("product-townhall", "Product town hall",
          "A product update for the whole company every two months, with live demos of new releases and what "
              + "customers gained from them, to share the product's story beyond the product team.",
          "002: \"Conduct a bi-monthly product update townhall & give live demos\""),
      intervention("direct-customer-interviews", "Direct customer interviews",
          "Product teams talk to customers themselves, on a regular interview schedule agreed with the "
              + "customer-facing functions, and share sound bites, quotes and insights in a weekly email.",
          "002: \"Lobby to allow product teams to interface with customers directly for discovery\""),
      intervention("customer-research", "Customer research and joint ideation",
          "Research that finds customers' key problems before solutions are chosen, followed by brainstorming "
              + "sessions in which the departments ideate solutions together.",
          "002: \"Conduct customer research to identify key problems\""),
      intervention("share-positive-feedback", "Share positive customer feedback",
          "Positive customer feedback on the product is circulated internally on a regular rhythm, and company "
              + "meetings celebrate customer wins rather than launches alone.",
          "002: \"Circulate positive customer feedback regularly on the product internally\""),
      intervention("customer-centric-hiring", "Customer-centric hiring",
          "Hiring criteria, and the development of leaders, prefer people with a customer-centric mindset and "
              + "high empathy for users.",
          "002: \"Adapt hiring criteria to prefer people with customer-centric mindsets & high empathy\""),
      intervention("embedded-research-roles", "Embedded research roles",
          "Research specialists such as UX researchers work inside the agile product teams and bring direct user "
              + "perspectives into every planning and design conversation.",
          "003: \"Research specialists like UX researchers actively participate in agile teams\""),
      intervention("customer-advisory-forums", "Customer advisory forums",
          "Recurring panels and community forums where teams, and leaders too, meet target users for feedback "
              + "and advice; the findings are shared across the organisation.",
          "003: \"Recurring panels and community forums allow teams to directly interact with target users\""),
      intervention("elevate-support-voice", "Elevate the support voice",
          "Customer-facing teams that hear users' problems first gain a say in road-map prioritisation; in B2B "
              + "their access to customers also opens doors for research.",
          "003: \"Customer-facing teams who directly hear user issues gain influence in roadmap prioritization\""),
      intervention("outcome-metrics", "Outcome metrics",
          "Goals measure value delivered to customers (usage, retention, NPS) instead of output such as story "
              + "points completed or features shipped.",
          "003: \"Goals emphasize shipping value to customers measured in usage, retention, NPS\""),
      intervention("incentives-on-customer-kpis", "Incentives on customer KPIs",
          "Compensation, bonuses and promotions are tied to customer-centric KPIs such as NPS and customer "
              + "lifecycle metrics, rewarding customer-focused behaviour.",
          "003: \"rewards are tied to performance against customer-centric KPIs\""),
      intervention("pulse-surveys", "Customer pulse surveys",
          "Short, frequent surveys of user sentiment that catch dips tied to recent changes and keep the teams "
              + "accountable to customers after each release.",
          "003: \"Short, frequent surveys gather granular user sentiment\""),
      intervention("metrics-audit", "Metrics and process audit",
          "Teams periodically examine their key metrics, planning events, priorities and incentives and confirm "
              + "that they still serve customer needs and problems.",
          "003: \"Teams periodically examine their key metrics, planning events, priorities, and incentives\""),
      intervention("jobs-to-be-done", "Jobs to be done",
          "Ideas start from the outcomes customers want to achieve (their jobs to be done) rather than from "
              + "demographics or incremental features.",
          "003: \"exploring outcomes customers want to achieve instead of just incremental features\""),
      intervention("customer-journeys", "Customer journeys",
          "Teams document customers' journeys with their pain points and moments of truth, and refer to them in "
              + "planning and prioritisation.",
          "003: \"Teams document customer journeys to truly understand pain points and moments of truth\""));

  // --- the archetypes: four pitfalls and their counterpoint ---

  private static final List<Archetype> ARCHETYPES = List.of(
      archetype("engineering-led", "Engineering-led",
          "Engineering dominates the critical product decisions: technical considerations decide what is "
              + "built, and velocity and output count more than customer value.",
          "Products evolve technically, without a human-centred mindset.",
          "product-2-0", "direct-customer-interviews", "common-dictionary", "customer-journeys",
          "embedded-research-roles", "dialogue-rituals", "outcome-metrics", "incentives-on-customer-kpis",
          "customer-centric-hiring", "pulse-surveys"),
      archetype("sales-led", "Sales-led",
          "Sales overshadow the decision on what to build: promises made to customers, dealers and partners "
              + "fill the road map, and the backlog becomes a wish list.",
          "The road map evolves outside the overarching strategy and real customer needs.",
          "roadmap-to-okr-mapping", "vision-strategy-workshop", "cross-functional-committee",
          "product-metrics-dashboard", "customer-research", "elevate-support-voice", "metrics-audit",
          "common-dictionary"),
      archetype("executive-led", "Executive-led",
          "The senior leadership team dictates product decisions: the highest-paid person's opinion (HiPPO) "
              + "settles them, whatever the evidence.",
          "Agile processes are hindered and experimentation is limited.",
          "product-2-0", "product-townhall", "product-metrics-dashboard", "vision-strategy-workshop",
          "customer-advisory-forums", "cross-functional-committee", "dialogue-rituals", "share-positive-feedback"),
      archetype("product-led", "Product-led without customer insight",
          "The product team leads the decisions but lacks deep customer understanding: it decides from usage "
              + "numbers and metrics without hearing customers.",
          "Quick wins and quantitative data lead the process instead of customer insight.",
          "insight-tools-pilot", "direct-customer-interviews", "jobs-to-be-done", "customer-research",
          "embedded-research-roles", "customer-journeys", "customer-advisory-forums", "dialogue-rituals",
          "elevate-support-voice", "metrics-audit"),
      Archetype.builder().id(Id.of("customer-driven")).label("Customer-driven")
          .description("Customer insight leads product development from road map to release and every "
              + "stakeholder takes part: success is a collective effort, not departments working in silos.")
          .consequence("Products are built around customers' real and unmet needs, in decisions the whole "
              + "organisation shares.")
          .ideal(true).build());

  // --- the kinds of evidence a decision can rest on ---

  private static final List<EvidenceKind> EVIDENCE_KINDS = List.of(
      EvidenceKind.of("customer-interview", "Customer interview", EvidenceNature.CUSTOMER_INSIGHT),
      EvidenceKind.of("usability-test", "Usability or concept test with users", EvidenceNature.CUSTOMER_INSIGHT),
      EvidenceKind.of("support-tickets", "Support cases and conversations", EvidenceNature.CUSTOMER_INSIGHT),
      EvidenceKind.of("customer-feedback", "Open customer feedback (comments, reviews, advisory forums)",
          EvidenceNature.CUSTOMER_INSIGHT),
      EvidenceKind.of("field-observation", "Observing customers at work", EvidenceNature.CUSTOMER_INSIGHT),
      EvidenceKind.of("usage-analytics", "Usage analytics", EvidenceNature.CUSTOMER_METRIC),
      EvidenceKind.of("survey-scores", "Survey scores (NPS, CSAT)", EvidenceNature.CUSTOMER_METRIC),
      EvidenceKind.of("a-b-test", "A/B test result", EvidenceNature.CUSTOMER_METRIC),
      EvidenceKind.of("sales-data", "Sales figures (licences sold, win/loss, churn)", EvidenceNature.CUSTOMER_METRIC),
      EvidenceKind.of("sales-request", "Request from sales", EvidenceNature.INTERNAL),
      EvidenceKind.of("partner-request", "Request from a dealer or partner", EvidenceNature.INTERNAL),
      EvidenceKind.of("executive-directive", "Executive directive", EvidenceNature.INTERNAL),
      EvidenceKind.of("technical-constraint", "Technical constraint or technical debt", EvidenceNature.INTERNAL),
      EvidenceKind.of("competitor-move", "Competitor's move", EvidenceNature.INTERNAL));

  // --- the survey instrument: symptoms (002), pitfalls (000) and signs (002) as statements ---

  private static final List<SurveyItem> SURVEY_ITEMS = List.of(
      item("one-department-decides", "One department decides what gets built.", "oneDepartmentDecides", false),
      item("backlog-wishlist", "Our backlog is a wish list collected from departments.", "backlogWishlist", false),
      item("delivery-over-outcomes", "We talk about delivery dates more than customer outcomes.",
          "deliveryOverOutcomes", false),
      item("engineering-decides", "Technical considerations decide what we build.", "engineeringDecides", false),
      item("sales-decides", "What sales have promised customers or dealers decides what we build next.",
          "salesDecides", false),
      item("leaders-decide", "Senior leaders' opinions settle product decisions, whatever the evidence.",
          "leadersDecide", false),
      item("numbers-over-insight",
          "We decide from usage numbers and quick wins rather than from talking to customers.",
          "numbersOverInsight", false),
      item("research-valued", "Customer research is valued here.", "researchValued", false),
      item("discovery-before-building", "We find out what customers need before we decide what to build.",
          "researchValued", false),
      item("licence-to-experiment", "Product teams have licence to experiment.", "licenceToExperiment", false),
      item("aligned-on-vision",
          "All departments understand how the product vision and strategy contribute to the business.",
          "alignedOnVision", false),
      item("customer-problems-motivate", "People here are motivated by solving real customer problems.",
          "customerProblemsMotivate", false),
      item("own-purpose", "People push for what serves their own department rather than the customer.",
          "customerProblemsMotivate", true),
      item("customer-value-everywhere", "Customer value guides our work from the first idea to the release.",
          "customerValueEverywhere", false),
      item("value-lost-after-planning",
          "Once work is planned, nobody asks again whether it still serves customers.",
          "customerValueEverywhere", true));

  // --- the codes for interviews, document reviews and observed meetings ---

  private static final List<ObservationCode> CODES = List.of(
      ObservationCode.of("hippo-decision",
          "A decision settled by the highest-paid person's opinion rather than by evidence or insight."),
      ObservationCode.of("backlog-wishlist",
          "The backlog described as requests collected from departments, without a product process behind it."),
      ObservationCode.of("no-discovery",
          "Work decided and built without any effort to find out what customers need."),
      ObservationCode.of("feature-factory",
          "Success judged by output (features shipped, story points, deadlines met) instead of customer outcomes."),
      ObservationCode.of("insight-cited",
          "A decision or plan that names a specific customer insight (an interview, a test, a support story)."),
      ObservationCode.of("sales-promise",
          "Work added because sales, a dealer or a partner promised it to a customer."),
      ObservationCode.of("tech-first",
          "A technical consideration (architecture, technical debt, a preferred technology) decides what is built."),
      ObservationCode.of("metrics-only",
          "A decision justified by usage numbers, quick wins or other metrics with no customer voice behind it."),
      ObservationCode.of("silo",
          "A department deciding or working alone on something that concerns others."),
      ObservationCode.of("experiment-run",
          "An experiment, prototype test or pilot run before a decision was taken."),
      ObservationCode.of("customer-story-shared",
          "A customer story or insight shared with people outside the function that heard it."),
      ObservationCode.of("strategy-link",
          "Work explicitly linked to the product vision, strategy or a company objective."));

  // --- the rules: per archetype, decision log (weighs most), then survey, then observations ---

  private static final List<Rule<ArchetypePoints>> RULES = List.of(
      // engineering-led
      rule("engineering-decides",
          "Engineering takes at least 40% of the sampled critical decisions.",
          signal("decisions.decidedBy.engineering").gte(0.4),
          "engineering-led", 3, "000: \"Engineering dominates the critical decisions\""),
      rule("engineering-initiates-on-technical-grounds",
          "Engineering raises at least 30% of the decisions and technical constraints are a reason in at least 30%.",
          Condition.all(signal("decisions.initiatedBy.engineering").gte(0.3),
              signal("decisions.evidence.technical-constraint").gte(0.3)),
          "engineering-led", 2, "000: \"causing products to evolve technically yet without a human-centered mindset\""),
      rule("engineering-decides-without-customers",
          "Engineering takes at least a quarter of the decisions while fewer than 30% rest on any customer evidence.",
          Condition.all(signal("decisions.decidedBy.engineering").gte(0.25),
              signal("decisions.customerEvidence").lt(0.3)),
          "engineering-led", 2, "003: \"Entrenched engineering-driven cultures focused on velocity and output\""),
      rule("survey-engineering-decides",
          "Respondents agree that technical considerations decide what is built.",
          signal("survey.engineeringDecides").gte(0.65),
          "engineering-led", 1, "000: \"Engineering dominates the critical decisions\""),
      rule("survey-delivery-over-outcomes",
          "Respondents talk about delivery dates more than outcomes, and do not deny that technology decides.",
          Condition.all(signal("survey.deliveryOverOutcomes").gte(0.65), signal("survey.engineeringDecides").gte(0.5)),
          "engineering-led", 1, "002: \"Everyone talks about delivery & timelines, but not outcomes\""),
      rule("observed-tech-first",
          "At least 30% of the sources show technical considerations deciding what is built.",
          signal("observations.tech-first").gte(0.3),
          "engineering-led", 2, "000: \"products to evolve technically yet without a human-centered mindset\""),
      rule("observed-feature-factory",
          "At least 30% of the sources judge success by output, and some show technology deciding.",
          Condition.all(signal("observations.feature-factory").gte(0.3), signal("observations.tech-first").gte(0.15)),
          "engineering-led", 1, "003: \"rather than outputs like story points completed or features shipped\""),

      // sales-led
      rule("sales-decides",
          "Sales take at least 40% of the sampled critical decisions.",
          signal("decisions.decidedBy.sales").gte(0.4),
          "sales-led", 3, "000: \"Sales overshadow the decision on what to build\""),
      rule("sales-requests-drive-the-road-map",
          "Sales raise at least 30% of the decisions, and sales or dealer and partner requests are a reason in at "
              + "least 30%.",
          Condition.all(signal("decisions.initiatedBy.sales").gte(0.3),
              Condition.any(signal("decisions.evidence.sales-request").gte(0.3),
                  signal("decisions.evidence.partner-request").gte(0.3))),
          "sales-led", 2, "000: \"Sales overshadow the decision on what to build\""),
      rule("sales-decides-outside-strategy",
          "Sales take at least a quarter of the decisions while fewer than half are linked to a strategic objective.",
          Condition.all(signal("decisions.decidedBy.sales").gte(0.25), signal("decisions.strategyLinked").lt(0.5)),
          "sales-led", 2, "000: \"forcing product roadmaps to evolve outside the overarching strategy\""),
      rule("survey-sales-decides",
          "Respondents agree that what sales promised decides what is built next.",
          signal("survey.salesDecides").gte(0.65),
          "sales-led", 1, "000: \"Sales overshadow the decision on what to build\""),
      rule("survey-backlog-wishlist",
          "Respondents see the backlog as a wish list and do not see departments aligned on strategy.",
          Condition.all(signal("survey.backlogWishlist").gte(0.65), signal("survey.alignedOnVision").lte(0.5)),
          "sales-led", 1, "002: \"The backlog is simply a collective wish list of tasks thought in silos\""),
      rule("observed-sales-promise",
          "At least 30% of the sources show work added because sales, a dealer or a partner promised it.",
          signal("observations.sales-promise").gte(0.3),
          "sales-led", 2, "000: \"Sales overshadow the decision on what to build\""),
      rule("observed-backlog-wishlist",
          "At least 30% of the sources describe the backlog as a wish list and at least 30% show departments "
              + "deciding in silos.",
          Condition.all(signal("observations.backlog-wishlist").gte(0.3), signal("observations.silo").gte(0.3)),
          "sales-led", 1, "002: \"The backlog is simply a collective wish list of tasks thought in silos\""),

      // executive-led
      rule("executive-decides",
          "Executives take at least 40% of the sampled critical decisions.",
          signal("decisions.decidedBy.executive").gte(0.4),
          "executive-led", 3, "000: \"Senior-leadership team dictates all decisions\""),
      rule("executive-overrides",
          "Executives override at least a quarter of the decisions: the HiPPO pattern.",
          signal("decisions.overriddenBy.executive").gte(0.25),
          "executive-led", 2, "003: \"These insights guide strategic product decisions vs. just business metrics or HiPPOs\""),
      rule("executive-decides-without-experiments",
          "Executives take at least a quarter of the decisions, or directives are a reason in at least 30%, while "
              + "fewer than 20% are tested first.",
          Condition.all(Condition.any(signal("decisions.decidedBy.executive").gte(0.25),
                  signal("decisions.evidence.executive-directive").gte(0.3)),
              signal("decisions.experimented").lt(0.2)),
          "executive-led", 2, "000: \"hindering agile processes and limiting experimentation\""),
      rule("survey-leaders-decide",
          "Respondents agree that senior leaders' opinions settle product decisions whatever the evidence.",
          signal("survey.leadersDecide").gte(0.65),
          "executive-led", 1, "000: \"Senior-leadership team dictates all decisions\""),
      rule("survey-no-licence-to-experiment",
          "Respondents deny that product teams may experiment, and do not deny that leaders decide.",
          Condition.all(signal("survey.licenceToExperiment").lte(0.35), signal("survey.leadersDecide").gte(0.5)),
          "executive-led", 1, "000: \"hindering agile processes and limiting experimentation\""),
      rule("observed-hippo",
          "At least 30% of the sources show decisions settled by the highest-paid person's opinion.",
          signal("observations.hippo-decision").gte(0.3),
          "executive-led", 2, "003: \"These insights guide strategic product decisions vs. just business metrics or HiPPOs\""),

      // product-led without customer insight
      rule("product-decides-on-metrics",
          "The product team takes at least 40% of the decisions and at least 30% rest on customer metrics without "
              + "any direct customer insight.",
          Condition.all(signal("decisions.decidedBy.product").gte(0.4), signal("decisions.metricsOnly").gte(0.3)),
          "product-led", 3, "000: \"making quick wins and quantitative data lead the process\""),
      rule("product-decides-without-insight",
          "The product team takes at least a quarter of the decisions while fewer than 30% rest on direct "
              + "customer insight.",
          Condition.all(signal("decisions.decidedBy.product").gte(0.25), signal("decisions.customerInsight").lt(0.3)),
          "product-led", 2, "000: \"The product team leads the decisions but lacks deep customer understanding\""),
      rule("survey-numbers-over-insight",
          "Respondents agree that decisions come from usage numbers and quick wins rather than talking to customers.",
          signal("survey.numbersOverInsight").gte(0.65),
          "product-led", 1, "000: \"making quick wins and quantitative data lead the process\""),
      rule("survey-research-not-valued",
          "Respondents do not see customer research valued, and do not deny that numbers lead.",
          Condition.all(signal("survey.researchValued").lte(0.4), signal("survey.numbersOverInsight").gte(0.5)),
          "product-led", 1, "002: \"There is no customer discovery effort or a product process\""),
      rule("observed-metrics-only",
          "At least 30% of the sources show decisions justified by numbers with no customer voice behind them.",
          signal("observations.metrics-only").gte(0.3),
          "product-led", 2, "000: \"making quick wins and quantitative data lead the process\""),
      rule("observed-no-discovery",
          "At least 30% of the sources show work built without discovery, and fewer than 20% cite any insight.",
          Condition.all(signal("observations.no-discovery").gte(0.3), signal("observations.insight-cited").lt(0.2)),
          "product-led", 1, "002: \"There is no customer discovery effort or a product process\""),

      // customer-driven (the ideal; its rules recommend no intervention)
      rule("insight-led-decisions",
          "At least 60% of the decisions rest on direct customer insight.",
          signal("decisions.customerInsight").gte(0.6),
          "customer-driven", 3, "000: \"make sure insights guide decisions\""),
      rule("experiments-before-decisions",
          "At least 40% of the decisions are preceded by an experiment or prototype test.",
          signal("decisions.experimented").gte(0.4),
          "customer-driven", 2, "002: \"Product teams have funding, support & license to experiment\""),
      rule("broad-consultation",
          "On average, at least half of the organisation's functions take part in a decision.",
          signal("decisions.consultationBreadth").gte(0.5),
          "customer-driven", 1, "000: \"product development is a multi-stakeholder process\""),
      rule("strategy-linked-decisions",
          "At least 70% of the decisions are linked to a strategic objective.",
          signal("decisions.strategyLinked").gte(0.7),
          "customer-driven", 1, "002: \"aligned on how the product vision & strategy contributes to the business\""),
      rule("survey-research-and-experiments",
          "Respondents agree that customer research is valued and that product teams may experiment.",
          Condition.all(signal("survey.researchValued").gte(0.7), signal("survey.licenceToExperiment").gte(0.6)),
          "customer-driven", 1, "002: \"Customer research & discovery is highly valued\""),
      rule("survey-customer-value-everywhere",
          "Respondents agree that customer problems motivate them and customer value guides work from idea to release.",
          Condition.all(signal("survey.customerValueEverywhere").gte(0.7),
              signal("survey.customerProblemsMotivate").gte(0.7)),
          "customer-driven", 1, "002: \"All processes - ideation till execution - revolve around customer value\""),
      rule("survey-aligned-not-dictated",
          "Respondents see departments aligned on vision and strategy, and no single department deciding.",
          Condition.all(signal("survey.alignedOnVision").gte(0.7), signal("survey.oneDepartmentDecides").lte(0.4)),
          "customer-driven", 1, "002: \"All departments are aligned on how the product vision & strategy contributes\""),
      rule("observed-insight-cited",
          "At least half of the sources name a specific customer insight behind decisions.",
          signal("observations.insight-cited").gte(0.5),
          "customer-driven", 2, "003: \"Research findings are socialized, debated, and tied to key decisions\""),
      rule("observed-shared-practice",
          "At least 30% of the sources link work to strategy and at least 30% show experiments run or customer "
              + "stories shared across departments.",
          Condition.all(signal("observations.strategy-link").gte(0.3),
              Condition.any(signal("observations.experiment-run").gte(0.3),
                  signal("observations.customer-story-shared").gte(0.3))),
          "customer-driven", 1, "000: \"success is a product of collective effort instead of departments working in silos\""));

  private static final DominanceModel MODEL = DominanceModel.builder()
      .addAllFunctions(Function.wellKnown())
      .addAllArchetypes(ARCHETYPES)
      .addAllEvidenceKinds(EVIDENCE_KINDS)
      .addAllSurveyItems(SURVEY_ITEMS)
      .addAllCodes(CODES)
      .addAllRules(RULES)
      .build();

  private DefaultDiagnosis() {}

  /** The intervention catalogue, in the order of the domain's list; every archetype names its own from it. */
  static List<Intervention> interventions() {
    return INTERVENTIONS;
  }

  /** The diagnosis model: archetypes, evidence kinds, survey, codes and rules, with the default thresholds. */
  static DominanceModel model() {
    return MODEL;
  }

  private static Intervention intervention(String id, String name, String description, String cites) {
    return Intervention.builder().id(Id.of(id)).name(name).description(description).cites(cites).build();
  }

  private static Archetype archetype(String id, String label, String description, String consequence,
      String... interventions) {
    Archetype.Builder builder = Archetype.builder().id(Id.of(id)).label(label).description(description)
        .consequence(consequence).ideal(false);
    for (String intervention : interventions) {
      builder.addInterventions(Id.of(intervention));
    }
    return builder.build();
  }

  private static SurveyItem item(String id, String text, String signal, boolean reverse) {
    return SurveyItem.builder().id(Id.of(id)).text(text).scale(Scale.agreement5()).signal(signal).reverse(reverse)
        .build();
  }

  private static Compare.On signal(String name) {
    return Condition.signal(name);
  }

  private static Rule<ArchetypePoints> rule(String id, String description, Condition when, String archetype,
      double points, String cites) {
    return Rule.<ArchetypePoints>builder().id(Id.of(id)).description(description).when(when)
        .effect(ArchetypePoints.of(archetype, points)).cites(cites).build();
  }
}
