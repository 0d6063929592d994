package dev.mom.playbook;

import static dev.mom.model.Function.CUSTOMER_SERVICE;
import static dev.mom.model.Function.ENGINEERING;
import static dev.mom.model.Function.EXECUTIVE;
import static dev.mom.model.Function.PRODUCT;
import static dev.mom.model.Function.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import dev.mom.diagnosis.Archetype;
import dev.mom.diagnosis.ArchetypePoints;
import dev.mom.diagnosis.ArchetypeScore;
import dev.mom.diagnosis.Decision;
import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.diagnosis.Observation;
import dev.mom.diagnosis.Pitfall;
import dev.mom.diagnosis.RecommendedIntervention;
import dev.mom.diagnosis.SurveyItem;
import dev.mom.diagnosis.SurveyResponse;
import dev.mom.diagnosis.Verdict;
import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Intervention;
import dev.mom.model.Organisation;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import dev.mom.rules.Compare;
import dev.mom.rules.Condition;
import dev.mom.rules.Operator;
import dev.mom.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultDiagnosisTest {

  private static final DominanceModel MODEL = DefaultDiagnosis.model();
  private static final List<Intervention> INTERVENTIONS = DefaultDiagnosis.interventions();
  private static final DominanceDiagnoser DIAGNOSER = DominanceDiagnoser.of(MODEL, INTERVENTIONS);

  /** Interventions no archetype names, recommended only by a consultant's judgement. None so far. */
  private static final Set<String> GENERAL_INTERVENTIONS = Set.of();

  /** Five functions: consultation breadth is the share of these five involved in a decision. */
  private static final Organisation ACME = Organisation.builder().id(Id.of("acme")).name("Acme Software")
      .addFunctions(ENGINEERING, SALES, EXECUTIVE, PRODUCT, CUSTOMER_SERVICE).build();

  // --- the model as data ---

  @Test
  void isThePlaybooksDiagnosisAndCompilesWithoutWarnings() {
    assertThat(Playbooks.mom().diagnosis()).contains(MODEL);
    assertThat(Playbooks.mom().interventions()).isEqualTo(INTERVENTIONS);
    assertThat(DIAGNOSER.warnings()).isEmpty();
    assertThat(MODEL.functions()).isEqualTo(Function.wellKnown());
    assertThat(MODEL.mixedMargin()).isEqualTo(0.1);
    assertThat(MODEL.pitfallShare()).isEqualTo(0.2);
    assertThat(MODEL.minimumGroupSize()).isEqualTo(5);
    assertThat(MODEL.rules()).hasSizeBetween(20, 35);
  }

  @Test
  void theFourPitfallsThenTheirCounterpoint() {
    assertThat(MODEL.archetypes()).extracting(a -> a.id().value() + (a.ideal() ? "*" : "")).containsExactly(
        "engineering-led", "sales-led", "executive-led", "product-led", "customer-driven*");
    assertThat(MODEL.archetypes().get(4).interventions()).isEmpty();
  }

  @Test
  void theInterventionsOfTheDomainEachDescribedAndCited() {
    assertThat(INTERVENTIONS).extracting(i -> i.id().value()).containsExactly(
        "product-2-0", "common-dictionary", "insight-tools-pilot", "dialogue-rituals", "cross-functional-committee",
        "vision-strategy-workshop", "roadmap-to-okr-mapping", "product-metrics-dashboard", "product-townhall",
        "direct-customer-interviews", "customer-research", "share-positive-feedback", "customer-centric-hiring",
        "embedded-research-roles", "customer-advisory-forums", "elevate-support-voice", "outcome-metrics",
        "incentives-on-customer-kpis", "pulse-surveys", "metrics-audit", "jobs-to-be-done", "customer-journeys");
    assertThat(INTERVENTIONS).allSatisfy(i -> {
      assertThat(i.cites()).hasValueSatisfying(c -> assertThat(c).matches(CITE));
      assertThat(quotedWords(i.cites().get())).isLessThanOrEqualTo(15);
    });
  }

  @Test
  void everyArchetypeNamesKnownInterventionsAndEveryInterventionIsNamedOrGeneral() {
    Set<String> known = INTERVENTIONS.stream().map(i -> i.id().value()).collect(Collectors.toSet());
    Set<String> named = new TreeSet<>();
    for (Archetype archetype : MODEL.archetypes()) {
      archetype.interventions().forEach(i -> named.add(i.value()));
    }
    assertThat(known).containsAll(named);
    Set<String> unnamed = new TreeSet<>(known);
    unnamed.removeAll(named);
    assertThat(unnamed).isEqualTo(GENERAL_INTERVENTIONS);
    assertThat(MODEL.archetypes()).filteredOn(a -> !a.ideal()).allSatisfy(a ->
        assertThat(a.interventions()).hasSizeGreaterThanOrEqualTo(5));
  }

  private static final String CITE = "00[0-3]: \"[^\"]+\"";

  private static int quotedWords(String cites) {
    return cites.substring(cites.indexOf('"') + 1, cites.lastIndexOf('"')).split("\\s+").length;
  }

  @Test
  void everyRuleCitesASeedInAShortQuotation() {
    assertThat(MODEL.rules()).allSatisfy(rule -> {
      assertThat(rule.cites()).hasValueSatisfying(c -> assertThat(c).matches(CITE));
      assertThat(quotedWords(rule.cites().get())).isLessThanOrEqualTo(15);
      assertThat(rule.effect().points()).isBetween(1.0, 3.0);
    });
  }

  @Test
  void everyRuleReadsOneSourceAndEveryArchetypeIsScoredFromAllThree() {
    Map<String, Set<String>> sourcesByArchetype = new LinkedHashMap<>();
    for (Rule<ArchetypePoints> rule : MODEL.rules()) {
      Set<String> sources = new TreeSet<>();
      for (Compare compare : compares(rule.when(), false, new ArrayList<>())) {
        sources.add(compare.signal().substring(0, compare.signal().indexOf('.')));
      }
      assertThat(sources).as(rule.id().value()).hasSize(1);
      sourcesByArchetype.computeIfAbsent(rule.effect().archetype().value(), a -> new TreeSet<>()).addAll(sources);
    }
    assertThat(sourcesByArchetype).hasSize(5).allSatisfy((archetype, sources) ->
        assertThat(sources).as(archetype).containsExactly("decisions", "observations", "survey"));
  }

  /**
   * "A function decides or initiates a large share" only ever counts for that function's archetype: the
   * rules compare decidedBy and initiatedBy shares with gt/gte, never under a 'not', so raising such a share
   * can fire more rules but never stop one.
   */
  @Test
  void sharesOfDecidingAndInitiatingAreOnlyTestedUpwards() {
    for (Rule<ArchetypePoints> rule : MODEL.rules()) {
      List<Compare> negated = new ArrayList<>();
      List<Compare> all = compares(rule.when(), false, negated);
      for (Compare compare : all) {
        if (compare.signal().startsWith("decisions.decidedBy.") || compare.signal().startsWith("decisions.initiatedBy.")) {
          assertThat(compare.operator()).as(rule.id() + ": " + compare).isIn(Operator.GT, Operator.GTE);
          assertThat(negated).as(rule.id() + ": " + compare).doesNotContain(compare);
        }
      }
    }
  }

  /** The comparisons of a condition; those under an odd number of 'not's are also added to {@code negated}. */
  private static List<Compare> compares(Condition condition, boolean underNot, List<Compare> negated) {
    List<Compare> found = new ArrayList<>();
    if (condition instanceof Compare) {
      found.add((Compare) condition);
      if (underNot) {
        negated.add((Compare) condition);
      }
    } else if (condition instanceof Condition.All) {
      ((Condition.All) condition).conditions().forEach(c -> found.addAll(compares(c, underNot, negated)));
    } else if (condition instanceof Condition.Any) {
      ((Condition.Any) condition).conditions().forEach(c -> found.addAll(compares(c, underNot, negated)));
    } else {
      found.addAll(compares(((Condition.Not) condition).condition(), !underNot, negated));
    }
    return found;
  }

  @Test
  void theSurveyIsOnTheAgreementScaleAndEveryOneOfItsSignalsIsRead() {
    assertThat(MODEL.surveyItems()).hasSizeBetween(12, 16)
        .allSatisfy(item -> assertThat(item.scale()).isEqualTo(Scale.agreement5()));
    Set<String> read = MODEL.rules().stream().flatMap(r -> compares(r.when(), false, new ArrayList<>()).stream())
        .map(Compare::signal).collect(Collectors.toSet());
    assertThat(MODEL.surveyItems()).allSatisfy(item -> assertThat(read).contains("survey." + item.signal()));
    assertThat(MODEL.codes()).allSatisfy(code -> assertThat(read).contains("observations." + code.id()));
    assertThat(MODEL.surveyItems()).filteredOn(SurveyItem::reverse).extracting(i -> i.id().value())
        .containsExactly("own-purpose", "value-lost-after-planning");
  }

  // --- the decision log alone, one case per archetype; organisation ACME has five functions ---

  /**
   * Ten decisions: engineering decides eight.
   * <pre>
   *   d1–d5   engineering → engineering   technical-constraint
   *   d6–d7   customer-service → product, consulted engineering   customer-interview, linked, experimented
   *   d8–d10  sales → engineering         sales-request
   * </pre>
   * decidedBy.engineering 0.8, initiatedBy.engineering 0.5, technical-constraint 0.5, customerEvidence 0.2,
   * initiatedBy.sales 0.3, sales-request 0.3, decidedBy.product 0.2, customerInsight 0.2, experimented 0.2,
   * strategyLinked 0.2, consultationBreadth (5·1 + 2·3 + 3·2)/5/10 = 0.34.
   * Fired: engineering-decides 3, engineering-initiates-on-technical-grounds 2,
   * engineering-decides-without-customers 2 (engineering-led 7); sales-requests-drive-the-road-map 2
   * (sales-led 2). Shares 7/9 and 2/9; both reach the pitfall share 0.2.
   */
  @Test
  void engineeringDecidingMostDecisionsIsEngineeringLed() {
    List<Decision> log = new ArrayList<>();
    range(1, 5).forEach(n -> log.add(decision(n, ENGINEERING, ENGINEERING, "technical-constraint").build()));
    range(6, 7).forEach(n -> log.add(decision(n, CUSTOMER_SERVICE, PRODUCT, "customer-interview")
        .addConsulted(ENGINEERING).strategyLinked(true).experimented(true).build()));
    range(8, 10).forEach(n -> log.add(decision(n, SALES, ENGINEERING, "sales-request").build()));

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(transformation(log));

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.DOMINANT);
    assertThat(diagnosis.dominant()).contains(Id.of("engineering-led"));
    assertThat(shares(diagnosis)).containsExactly(entry("engineering-led", 7.0 / 9), entry("sales-led", 2.0 / 9),
        entry("executive-led", 0.0), entry("product-led", 0.0), entry("customer-driven", 0.0));
    assertThat(fired(diagnosis)).containsExactly(
        entry("engineering-led", List.of("engineering-decides", "engineering-initiates-on-technical-grounds",
            "engineering-decides-without-customers")),
        entry("sales-led", List.of("sales-requests-drive-the-road-map")));
    assertThat(diagnosis.pitfalls()).extracting(p -> p.archetype().value())
        .containsExactly("engineering-led", "sales-led");
    // common-dictionary addresses both pitfalls (4 fired rules); then engineering's list, most relevant first
    assertThat(diagnosis.interventions()).extracting(i -> i.intervention().value())
        .startsWith("common-dictionary", "product-2-0");
  }

  /**
   * Ten decisions: sales decide six, product four on usage numbers alone.
   * <pre>
   *   d1–d3   sales → sales       sales-request
   *   d4–d6   sales → sales       partner-request
   *   d7–d10  product → product   usage-analytics, linked
   * </pre>
   * decidedBy.sales 0.6, initiatedBy.sales 0.6, sales-request 0.3, strategyLinked 0.4, decidedBy.product 0.4,
   * metricsOnly 0.4, customerInsight 0. Fired: sales-decides 3, sales-requests-drive-the-road-map 2,
   * sales-decides-outside-strategy 2 (sales-led 7); product-decides-on-metrics 3,
   * product-decides-without-insight 2 (product-led 5). Shares 7/12 and 5/12: a lead of 2/12 ≥ 0.1.
   */
  @Test
  void salesDecidingOnRequestsOutsideStrategyIsSalesLed() {
    List<Decision> log = new ArrayList<>();
    range(1, 3).forEach(n -> log.add(decision(n, SALES, SALES, "sales-request").build()));
    range(4, 6).forEach(n -> log.add(decision(n, SALES, SALES, "partner-request").build()));
    range(7, 10).forEach(n -> log.add(decision(n, PRODUCT, PRODUCT, "usage-analytics").strategyLinked(true).build()));

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(transformation(log));

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.DOMINANT);
    assertThat(diagnosis.dominant()).contains(Id.of("sales-led"));
    assertThat(shares(diagnosis)).containsExactly(entry("engineering-led", 0.0), entry("sales-led", 7.0 / 12),
        entry("executive-led", 0.0), entry("product-led", 5.0 / 12), entry("customer-driven", 0.0));
    assertThat(fired(diagnosis)).containsExactly(
        entry("sales-led", List.of("sales-decides", "sales-requests-drive-the-road-map",
            "sales-decides-outside-strategy")),
        entry("product-led", List.of("product-decides-on-metrics", "product-decides-without-insight")));
  }

  /**
   * Ten decisions: executives decide four by directive and override three of the product team's.
   * <pre>
   *   d1–d4   executive → executive   executive-directive
   *   d5–d7   product → product, consulted customer-service, engineering   customer-interview, linked,
   *           overridden by executive
   *   d8–d10  customer-service → product, consulted engineering   support-tickets, linked
   * </pre>
   * decidedBy.executive 0.4, overriddenBy.executive 0.3, experimented 0, customerInsight 0.6,
   * decidedBy.product 0.6, metricsOnly 0, strategyLinked 0.6, consultationBreadth (4·1 + 6·3)/5/10 = 0.44.
   * Fired: executive-decides 3, executive-overrides 2, executive-decides-without-experiments 2
   * (executive-led 7); insight-led-decisions 3 (customer-driven 3). Shares 0.7 and 0.3: insight is there,
   * but the HiPPO settles decisions.
   */
  @Test
  void executivesDecidingAndOverridingIsExecutiveLed() {
    List<Decision> log = new ArrayList<>();
    range(1, 4).forEach(n -> log.add(decision(n, EXECUTIVE, EXECUTIVE, "executive-directive").build()));
    range(5, 7).forEach(n -> log.add(decision(n, PRODUCT, PRODUCT, "customer-interview")
        .addConsulted(CUSTOMER_SERVICE, ENGINEERING).strategyLinked(true).overriddenBy(EXECUTIVE).build()));
    range(8, 10).forEach(n -> log.add(decision(n, CUSTOMER_SERVICE, PRODUCT, "support-tickets")
        .addConsulted(ENGINEERING).strategyLinked(true).build()));

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(transformation(log));

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.DOMINANT);
    assertThat(diagnosis.dominant()).contains(Id.of("executive-led"));
    assertThat(shares(diagnosis)).containsExactly(entry("engineering-led", 0.0), entry("sales-led", 0.0),
        entry("executive-led", 0.7), entry("product-led", 0.0), entry("customer-driven", 0.3));
    assertThat(fired(diagnosis)).containsExactly(
        entry("executive-led", List.of("executive-decides", "executive-overrides",
            "executive-decides-without-experiments")),
        entry("customer-driven", List.of("insight-led-decisions")));
    assertThat(diagnosis.distanceToIdeal()).isCloseTo(0.7, within(1e-12));
    assertThat(diagnosis.pitfalls()).extracting(p -> p.archetype().value()).containsExactly("executive-led");
  }

  /**
   * Ten decisions: the product team decides seven, six of them on usage numbers or A/B tests alone.
   * <pre>
   *   d1–d3   product → product            usage-analytics
   *   d4–d6   product → product            a-b-test, experimented
   *   d7      customer-service → product   customer-interview, linked
   *   d8–d10  customer-service → sales     partner-request
   * </pre>
   * decidedBy.product 0.7, metricsOnly 0.6, customerInsight 0.1, decidedBy.sales 0.3, initiatedBy.sales 0,
   * strategyLinked 0.1, experimented 0.3, consultationBreadth (6·1 + 4·2)/5/10 = 0.28.
   * Fired: product-decides-on-metrics 3, product-decides-without-insight 2 (product-led 5);
   * sales-decides-outside-strategy 2 (sales-led 2). Shares 5/7 and 2/7.
   */
  @Test
  void productDecidingOnNumbersWithoutCustomersIsProductLed() {
    List<Decision> log = new ArrayList<>();
    range(1, 3).forEach(n -> log.add(decision(n, PRODUCT, PRODUCT, "usage-analytics").build()));
    range(4, 6).forEach(n -> log.add(decision(n, PRODUCT, PRODUCT, "a-b-test").experimented(true).build()));
    log.add(decision(7, CUSTOMER_SERVICE, PRODUCT, "customer-interview").strategyLinked(true).build());
    range(8, 10).forEach(n -> log.add(decision(n, CUSTOMER_SERVICE, SALES, "partner-request").build()));

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(transformation(log));

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.DOMINANT);
    assertThat(diagnosis.dominant()).contains(Id.of("product-led"));
    assertThat(shares(diagnosis)).containsExactly(entry("engineering-led", 0.0), entry("sales-led", 2.0 / 7),
        entry("executive-led", 0.0), entry("product-led", 5.0 / 7), entry("customer-driven", 0.0));
    assertThat(fired(diagnosis)).containsExactly(
        entry("sales-led", List.of("sales-decides-outside-strategy")),
        entry("product-led", List.of("product-decides-on-metrics", "product-decides-without-insight")));
    // the engine ranks by fired rules, then by relevance (the place in the archetype's list), then points, then
    // catalogue order: the three interventions that both sales-led and product-led name (3 rules) come before
    // product-led's own (2 rules), which follow product-led's list: insight-tools-pilot, direct-customer-interviews,
    // jobs-to-be-done, ...
    assertThat(diagnosis.interventions()).extracting(i -> i.intervention().value() + "=" + i.rules().size())
        .startsWith("customer-research=3", "elevate-support-voice=3", "metrics-audit=3", "insight-tools-pilot=2",
            "direct-customer-interviews=2", "jobs-to-be-done=2");
  }

  /**
   * Ten decisions: the product team decides seven on customer insight, with others consulted.
   * <pre>
   *   d1–d3   customer-service → product, consulted engineering, sales
   *           customer-interview + usage-analytics, linked, experimented
   *   d4–d5   product → product, consulted engineering, sales   same evidence, linked, experimented
   *   d6–d7   product → product, consulted engineering, sales   usability-test, linked
   *   d8      engineering → engineering, consulted product       technical-constraint, linked
   *   d9–d10  engineering → engineering, consulted product       technical-constraint
   * </pre>
   * customerInsight 0.7 (customer metrics beside insight are not "metrics only": metricsOnly 0),
   * experimented 0.5, consultationBreadth (3·4 + 4·3 + 3·2)/5/10 = 0.6, strategyLinked 0.8,
   * initiatedBy.engineering 0.3, technical-constraint 0.3, decidedBy.engineering 0.3, customerEvidence 0.7.
   * Fired: insight-led-decisions 3, experiments-before-decisions 2, broad-consultation 1,
   * strategy-linked-decisions 1 (customer-driven 7); engineering-initiates-on-technical-grounds 2
   * (engineering-led 2). Shares 7/9 and 2/9: engineering-led still counts as a pitfall (2/9 ≥ 0.2), and only
   * its interventions are recommended.
   */
  @Test
  void insightLedExperimentingAndConsultingIsCustomerDriven() {
    List<Decision> log = new ArrayList<>();
    range(1, 3).forEach(n -> log.add(decision(n, CUSTOMER_SERVICE, PRODUCT, "customer-interview", "usage-analytics")
        .addConsulted(ENGINEERING, SALES).strategyLinked(true).experimented(true).build()));
    range(4, 5).forEach(n -> log.add(decision(n, PRODUCT, PRODUCT, "customer-interview", "usage-analytics")
        .addConsulted(ENGINEERING, SALES).strategyLinked(true).experimented(true).build()));
    range(6, 7).forEach(n -> log.add(decision(n, PRODUCT, PRODUCT, "usability-test")
        .addConsulted(ENGINEERING, SALES).strategyLinked(true).build()));
    log.add(decision(8, ENGINEERING, ENGINEERING, "technical-constraint").addConsulted(PRODUCT).strategyLinked(true)
        .build());
    range(9, 10).forEach(n -> log.add(decision(n, ENGINEERING, ENGINEERING, "technical-constraint")
        .addConsulted(PRODUCT).build()));

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(transformation(log));

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.DOMINANT);
    assertThat(diagnosis.dominant()).contains(Id.of("customer-driven"));
    assertThat(shares(diagnosis)).containsExactly(entry("engineering-led", 2.0 / 9), entry("sales-led", 0.0),
        entry("executive-led", 0.0), entry("product-led", 0.0), entry("customer-driven", 7.0 / 9));
    assertThat(fired(diagnosis)).containsExactly(
        entry("engineering-led", List.of("engineering-initiates-on-technical-grounds")),
        entry("customer-driven", List.of("insight-led-decisions", "experiments-before-decisions",
            "broad-consultation", "strategy-linked-decisions")));
    assertThat(diagnosis.distanceToIdeal()).isCloseTo(2.0 / 9, within(1e-12));
    assertThat(diagnosis.pitfalls()).extracting(Pitfall::archetype).containsExactly(Id.of("engineering-led"));
    // one pitfall: its interventions in the order it lists them, most relevant first
    assertThat(diagnosis.interventions()).extracting(i -> i.intervention().value()).containsExactlyElementsOf(
        MODEL.archetypes().get(0).interventions().stream().map(Id::value).toList());
    assertThat(diagnosis.interventions()).extracting(RecommendedIntervention::points).containsOnly(2.0);
  }

  /**
   * Ten decisions: sales decide half on their own requests, leaders the other half, and leaders override
   * three of the sales decisions.
   * <pre>
   *   d1–d3   sales → sales           sales-request, overridden by executive
   *   d4–d5   sales → sales           sales-request
   *   d6–d10  executive → executive   executive-directive
   * </pre>
   * decidedBy.sales 0.5, initiatedBy.sales 0.5, sales-request 0.5, strategyLinked 0; decidedBy.executive 0.5,
   * overriddenBy.executive 0.3, experimented 0. Fired: sales-decides 3, sales-requests-drive-the-road-map 2,
   * sales-decides-outside-strategy 2 (sales-led 7); executive-decides 3, executive-overrides 2,
   * executive-decides-without-experiments 2 (executive-led 7). Shares 0.5 and 0.5: no lead, so the verdict is
   * mixed, led by both, sales first by the model's order.
   */
  @Test
  void salesAndLeadersSharingTheDecisionsIsMixed() {
    List<Decision> log = new ArrayList<>();
    range(1, 3).forEach(n -> log.add(decision(n, SALES, SALES, "sales-request").overriddenBy(EXECUTIVE).build()));
    range(4, 5).forEach(n -> log.add(decision(n, SALES, SALES, "sales-request").build()));
    range(6, 10).forEach(n -> log.add(decision(n, EXECUTIVE, EXECUTIVE, "executive-directive").build()));

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(transformation(log));

    assertThat(diagnosis.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(diagnosis.dominant()).isEmpty();
    assertThat(diagnosis.leaders()).containsExactly(Id.of("sales-led"), Id.of("executive-led"));
    assertThat(shares(diagnosis)).containsExactly(entry("engineering-led", 0.0), entry("sales-led", 0.5),
        entry("executive-led", 0.5), entry("product-led", 0.0), entry("customer-driven", 0.0));
    assertThat(fired(diagnosis)).containsExactly(
        entry("sales-led", List.of("sales-decides", "sales-requests-drive-the-road-map",
            "sales-decides-outside-strategy")),
        entry("executive-led", List.of("executive-decides", "executive-overrides",
            "executive-decides-without-experiments")));
    assertThat(diagnosis.pitfalls()).extracting(p -> p.archetype().value())
        .containsExactly("sales-led", "executive-led");
  }

  // --- the survey alone and the coded observations alone each point to every archetype ---

  static Stream<Arguments> surveys() {
    return Stream.of(
        Arguments.of("engineering-led", Map.of("engineering-decides", 5.0, "delivery-over-outcomes", 4.0)),
        Arguments.of("sales-led", Map.of("sales-decides", 4.0, "backlog-wishlist", 5.0, "aligned-on-vision", 2.0)),
        Arguments.of("executive-led", Map.of("leaders-decide", 5.0, "licence-to-experiment", 1.0)),
        Arguments.of("product-led", Map.of("numbers-over-insight", 4.0, "research-valued", 2.0,
            "discovery-before-building", 2.0)),
        Arguments.of("customer-driven", Map.of("research-valued", 4.0, "discovery-before-building", 5.0,
            "licence-to-experiment", 4.0, "customer-problems-motivate", 5.0, "own-purpose", 2.0,
            "customer-value-everywhere", 4.0, "value-lost-after-planning", 1.0, "aligned-on-vision", 4.0,
            "one-department-decides", 2.0)));
  }

  /**
   * Five respondents give the same answers. For customer-driven: researchValued (0.75 + 1)/2 = 0.875,
   * licenceToExperiment 0.75, customerProblemsMotivate (1 + 0.75)/2 = 0.875 (own-purpose mirrored),
   * customerValueEverywhere (0.75 + 1)/2 = 0.875, alignedOnVision 0.75, oneDepartmentDecides 0.25: all
   * three survey rules of the ideal fire.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("surveys")
  void theSurveyAlonePointsToEachArchetype(String archetype, Map<String, Double> answers) {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int r = 1; r <= 5; r++) {
      SurveyResponse.Builder response = SurveyResponse.builder().respondent(Id.of("r" + r)).function(PRODUCT);
      answers.forEach((item, answer) -> response.putAnswer(Id.of(item), answer));
      responses.add(response.build());
    }
    Transformation survey = Transformation.builder().id(Id.of("acme")).title("Acme survey").organisation(ACME)
        .addAllSurveyResponses(responses).build();

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(survey);

    assertThat(diagnosis.dominant()).contains(Id.of(archetype));
    assertThat(shares(diagnosis)).containsEntry(archetype, 1.0);
    assertThat(fired(diagnosis).get(archetype)).hasSize(archetype.equals("customer-driven") ? 3 : 2);
  }

  static Stream<Arguments> codings() {
    return Stream.of(
        Arguments.of("engineering-led", List.of("tech-first", "feature-factory")),
        Arguments.of("sales-led", List.of("sales-promise", "backlog-wishlist", "silo")),
        Arguments.of("executive-led", List.of("hippo-decision")),
        Arguments.of("product-led", List.of("metrics-only", "no-discovery")),
        Arguments.of("customer-driven", List.of("insight-cited", "strategy-link", "customer-story-shared")));
  }

  /** Four interviews, each carrying the same codes: every code is carried by all sources (share 1). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("codings")
  void theObservationsAlonePointToEachArchetype(String archetype, List<String> codes) {
    List<Observation> observations = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      for (String code : codes) {
        observations.add(Observation.builder().source(Id.of("interview-" + s)).sourceKind(EvidenceSource.INTERVIEW)
            .code(Id.of(code)).build());
      }
    }
    Transformation coded = Transformation.builder().id(Id.of("acme")).title("Acme interviews").organisation(ACME)
        .addAllObservations(observations).build();

    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(coded);

    assertThat(diagnosis.dominant()).contains(Id.of(archetype));
    assertThat(shares(diagnosis)).containsEntry(archetype, 1.0);
    assertThat(fired(diagnosis).get(archetype)).hasSize(archetype.equals("executive-led") ? 1 : 2);
  }

  // --- helpers ---

  private static Stream<Integer> range(int first, int last) {
    return Stream.iterate(first, n -> n <= last, n -> n + 1);
  }

  private static Decision.Builder decision(int n, Function initiatedBy, Function decidedBy, String... evidence) {
    Decision.Builder builder = Decision.builder().id(Id.of("d" + n)).title("Decision " + n)
        .initiatedBy(initiatedBy).decidedBy(decidedBy).strategyLinked(false).experimented(false);
    for (String kind : evidence) {
      builder.addEvidence(Id.of(kind));
    }
    return builder;
  }

  private static Transformation transformation(List<Decision> log) {
    return Transformation.builder().id(Id.of("acme")).title("Acme decision log").organisation(ACME)
        .addAllDecisions(log).build();
  }

  private static Map<String, Double> shares(DominanceDiagnosis diagnosis) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (ArchetypeScore score : diagnosis.scores()) {
      shares.put(score.archetype().value(), score.share());
    }
    return shares;
  }

  /** The fired rules of each archetype that has any, in the model's order. */
  private static Map<String, List<String>> fired(DominanceDiagnosis diagnosis) {
    Map<String, List<String>> fired = new LinkedHashMap<>();
    for (ArchetypeScore score : diagnosis.scores()) {
      if (!score.rules().isEmpty()) {
        fired.put(score.archetype().value(), score.rules().stream().map(Id::value).toList());
      }
    }
    return fired;
  }
}
