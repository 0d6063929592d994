package dev.mom.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Organisation;
import dev.mom.model.Period;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.Concept;
import dev.mom.priority.ConceptStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-worked traceability: progress, roll-ups, chain rows with each break, cycles, coverage, lint, what-if. */
class RoadmapTracerTest {

  private static final TraceabilityModel MOM = Playbooks.mom().traceability().orElseThrow();
  private static final RoadmapTracer TRACER = RoadmapTracer.of(MOM);

  private static Id id(String value) {
    return Id.of(value);
  }

  private static Transformation.Builder base() {
    return Transformation.builder().id(id("case")).title("Case")
        .organisation(Organisation.builder().id(id("org")).name("Org").build());
  }

  private static KeyResult.Builder kr(String id, MetricDirection direction) {
    return KeyResult.builder().id(id(id)).statement("Partner NPS rises").metric("partner NPS").direction(direction);
  }

  /** Traces one key result in an objective of its own and returns its trace. */
  private static KeyResultTrace one(RoadmapTracer tracer, KeyResult keyResult) {
    Transformation t = base().addObjective(Objective.builder().id(id("o")).statement("O").addKeyResult(keyResult)
        .build()).build();
    return tracer.trace(t).keyResult(keyResult.id()).orElseThrow();
  }

  private static RoadmapTracer with(ProgressPolicy policy) {
    return RoadmapTracer.of(MOM.withProgress(policy));
  }

  // ------------------------------------------------------------------------------------------- progress

  @Test
  void linearProgressForIncreaseAndDecrease() {
    // increase: (50 − 20) ÷ (60 − 20) = 30 ÷ 40 = 0.75, green from 0.7
    Progress up = one(TRACER, kr("k", MetricDirection.INCREASE).baseline(20).target(60).current(50).build())
        .progress().orElseThrow();
    assertThat(up.method()).isEqualTo(ProgressMethod.LINEAR);
    assertThat(up.value()).isEqualTo(0.75);
    assertThat(up.grade()).isEqualTo(Grade.GREEN);
    assertThat(up.explanation()).isEqualTo("(50 − 20) ÷ (60 − 20) = 0.75");
    // decrease (churn 10% to 6%, now 9%): (9 − 10) ÷ (6 − 10) = −1 ÷ −4 = 0.25, red below 0.4
    Progress down = one(TRACER, kr("k", MetricDirection.DECREASE).baseline(10).target(6).current(9).build())
        .progress().orElseThrow();
    assertThat(down.value()).isEqualTo(0.25);
    assertThat(down.grade()).isEqualTo(Grade.RED);
  }

  @Test
  void clampingIsNoneByDefaultAndUnitIntervalWhenChosen() {
    KeyResult over = kr("k", MetricDirection.INCREASE).baseline(0).target(10).current(12).build();
    KeyResult back = kr("k", MetricDirection.INCREASE).baseline(10).target(20).current(5).build();
    // (12 − 0) ÷ (10 − 0) = 1.2 and (5 − 10) ÷ (20 − 10) = −0.5, kept as they are by default
    assertThat(one(TRACER, over).progress().orElseThrow().value()).isEqualTo(1.2);
    assertThat(one(TRACER, back).progress().orElseThrow().value()).isEqualTo(-0.5);
    assertThat(one(TRACER, back).progress().orElseThrow().unclamped()).isEmpty();

    RoadmapTracer clamping = with(ProgressPolicy.builder().clamping(Clamping.UNIT_INTERVAL).build());
    Progress clampedOver = one(clamping, over).progress().orElseThrow();
    assertThat(clampedOver.value()).isEqualTo(1.0);
    assertThat(clampedOver.unclamped()).hasValue(1.2);
    assertThat(clampedOver.explanation()).isEqualTo("(12 − 0) ÷ (10 − 0) = 1.2, clamped to 1");
    assertThat(one(clamping, back).progress().orElseThrow().value()).isEqualTo(0.0);
    assertThat(one(clamping, back).progress().orElseThrow().grade()).isEqualTo(Grade.RED);
  }

  @Test
  void strictThresholdsForStayAboveAndStayBelow() {
    // stay above 40: 45 is above (1), 40 is not (0); stay below 5: 4 is below (1), 5 is not (0)
    assertThat(one(TRACER, kr("k", MetricDirection.STAY_ABOVE).target(40).current(45).build()).progress()
        .orElseThrow().value()).isEqualTo(1.0);
    Progress on = one(TRACER, kr("k", MetricDirection.STAY_ABOVE).target(40).current(40).build()).progress()
        .orElseThrow();
    assertThat(on.value()).isEqualTo(0.0);
    assertThat(on.method()).isEqualTo(ProgressMethod.THRESHOLD);
    assertThat(on.explanation()).isEqualTo("current 40 is not above the threshold 40");
    assertThat(one(TRACER, kr("k", MetricDirection.STAY_BELOW).target(5).current(4).build()).progress()
        .orElseThrow().value()).isEqualTo(1.0);
    assertThat(one(TRACER, kr("k", MetricDirection.STAY_BELOW).target(5).current(5).build()).progress()
        .orElseThrow().value()).isEqualTo(0.0);
  }

  @Test
  void milestonesAreBinary() {
    KeyResult.Builder milestone = kr("k", MetricDirection.INCREASE).kind(KeyResultKind.MILESTONE).target(1);
    Progress done = one(TRACER, milestone.current(1).build()).progress().orElseThrow();
    assertThat(done.method()).isEqualTo(ProgressMethod.MILESTONE);
    assertThat(done.value()).isEqualTo(1.0);
    assertThat(done.grade()).isEqualTo(Grade.GREEN);
    assertThat(one(TRACER, milestone.current(0).build()).progress().orElseThrow().value()).isEqualTo(0.0);
  }

  @Test
  void zeroRangeIsUndefinedByDefaultAndAThresholdWhenChosen() {
    KeyResult flat = kr("k", MetricDirection.INCREASE).baseline(50).target(50).current(55).build();
    Transformation t = base().addObjective(Objective.builder().id(id("o")).statement("O").addKeyResult(flat)
        .build()).build();
    Traceability traced = TRACER.trace(t);
    assertThat(traced.keyResult(id("k")).orElseThrow().progress()).isEmpty();
    assertThat(traced.findings(FindingKind.ZERO_RANGE)).singleElement().satisfies(f -> {
      assertThat(f.pointer()).isEqualTo("/objectives/0/keyResults/0/target");
      assertThat(f.message()).startsWith("key result 'k' has target equal to baseline (50)");
    });
    assertThat(traced.findings(FindingKind.NO_CHANGE)).hasSize(1);
    // the threshold policy: 55 ≥ 50 reaches the target
    Progress threshold = one(with(ProgressPolicy.builder().zeroRange(ZeroRange.THRESHOLD).build()), flat)
        .progress().orElseThrow();
    assertThat(threshold.method()).isEqualTo(ProgressMethod.THRESHOLD);
    assertThat(threshold.value()).isEqualTo(1.0);
  }

  @Test
  void missingNumbersAndMismatchedDirectionsLeaveProgressOutWithAFinding() {
    Transformation t = base().addObjective(Objective.builder().id(id("o")).statement("O")
        .addKeyResult(kr("no-current", MetricDirection.INCREASE).baseline(1).target(2).build())
        .addKeyResult(kr("wrong-way", MetricDirection.INCREASE).baseline(50).target(40).current(45).build())
        .build()).build();
    Traceability traced = TRACER.trace(t);
    assertThat(traced.findings(FindingKind.NO_PROGRESS_DATA)).extracting(Finding::message)
        .containsExactly("key result 'no-current' has no current value, so its progress is not computed");
    assertThat(traced.findings(FindingKind.DIRECTION_MISMATCH)).extracting(Finding::message)
        .containsExactly("key result 'wrong-way' should increase, but its target 40 is below its baseline 50; its "
            + "progress is not computed");
    assertThat(traced.keyResults()).allSatisfy(k -> assertThat(k.progress()).isEmpty());
    assertThat(traced.objective(id("o")).orElseThrow().progress()).isEmpty();
  }

  @Test
  void gradeBandsAreHalfOpen() {
    GradeBands bands = MOM.gradeBands();
    assertThat(bands.gradeOf(0.3999)).isEqualTo(Grade.RED);
    assertThat(bands.gradeOf(0.4)).isEqualTo(Grade.YELLOW);
    assertThat(bands.gradeOf(0.6999)).isEqualTo(Grade.YELLOW);
    assertThat(bands.gradeOf(0.7)).isEqualTo(Grade.GREEN);
    assertThat(bands.gradeOf(-1)).isEqualTo(Grade.RED);
    assertThat(bands.gradeOf(1.5)).isEqualTo(Grade.GREEN);
  }

  // ------------------------------------------------------------------------------------------- roll-ups

  /** Key results at 0.75 (weight 2), 0.25 (weight 0) and 0.5 (no weight: 1). */
  private static Transformation rollUpCase() {
    return base().addObjective(Objective.builder().id(id("o")).statement("O").period(Period.year(2021))
        .addKeyResult(kr("a", MetricDirection.INCREASE).baseline(0).target(100).current(75).weight(2).build())
        .addKeyResult(kr("b", MetricDirection.INCREASE).baseline(0).target(100).current(25).weight(0).build())
        .addKeyResult(kr("c", MetricDirection.INCREASE).baseline(0).target(100).current(50).build())
        .build()).build();
  }

  @Test
  void rollUpByEqualMeanWeightsAndWeakest() {
    // equal mean: (0.75 + 0.25 + 0.5) ÷ 3 = 0.5, yellow
    ObjectiveTrace equal = TRACER.trace(rollUpCase()).objective(id("o")).orElseThrow();
    assertThat(equal.rollUp()).isEqualTo(RollUp.EQUAL_MEAN);
    assertThat(equal.progress()).hasValue(0.5);
    assertThat(equal.grade()).contains(Grade.YELLOW);
    assertThat(equal.counted()).containsExactly(id("a"), id("b"), id("c"));
    // weighted: (2·0.75 + 0·0.25 + 1·0.5) ÷ (2 + 0 + 1) = 2 ÷ 3; the zero weight is not counted
    ObjectiveTrace weighted = RoadmapTracer.of(MOM.withRollUp(RollUp.WEIGHTED)).trace(rollUpCase())
        .objective(id("o")).orElseThrow();
    assertThat(weighted.progress().getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(weighted.counted()).containsExactly(id("a"), id("c"));
    assertThat(weighted.grade()).contains(Grade.YELLOW);
    // weakest: min(0.75, 0.25, 0.5) = 0.25, red
    ObjectiveTrace weakest = RoadmapTracer.of(MOM.withRollUp(RollUp.WEAKEST)).trace(rollUpCase())
        .objective(id("o")).orElseThrow();
    assertThat(weakest.progress()).hasValue(0.25);
    assertThat(weakest.grade()).contains(Grade.RED);
  }

  @Test
  void weightedRollUpOfOnlyZeroWeightsIsAbsent() {
    Transformation t = base().addObjective(Objective.builder().id(id("o")).statement("O")
        .addKeyResult(kr("a", MetricDirection.INCREASE).baseline(0).target(1).current(1).weight(0).build())
        .build()).build();
    ObjectiveTrace o = RoadmapTracer.of(MOM.withRollUp(RollUp.WEIGHTED)).trace(t).objective(id("o")).orElseThrow();
    assertThat(o.progress()).isEmpty();
    assertThat(o.grade()).isEmpty();
    assertThat(o.counted()).isEmpty();
  }

  @Test
  void weightedMeanNeverOverflows() {
    // Σw·v overflows; the running convex combination gives the mean of MAX and MAX: MAX
    double max = Double.MAX_VALUE;
    assertThat(RoadmapTracer.weightedMean(new double[] {max, max}, new double[] {max, max})).isEqualTo(max);
    assertThat(RoadmapTracer.weightedMean(new double[] {max, -max}, new double[] {1, 1})).isEqualTo(0.0);
  }

  @Test
  void expectedProgressAndPace() {
    // 2021 has 365 days; on 2 July, day 183: expected = 183 ÷ 365 = 0.50137; tolerance 0.1
    Traceability traced = TRACER.trace(rollUpCase(), LocalDate.of(2021, 7, 2));
    double expected = 183.0 / 365;
    assertThat(traced.asOf()).contains(LocalDate.of(2021, 7, 2));
    assertThat(traced.keyResult(id("a")).orElseThrow().expected().getAsDouble()).isEqualTo(expected);
    assertThat(traced.keyResult(id("a")).orElseThrow().pace()).contains(Pace.AHEAD); // 0.75 > 0.60137
    assertThat(traced.keyResult(id("c")).orElseThrow().pace()).contains(Pace.ON_PACE); // |0.5 − 0.50137| ≤ 0.1
    assertThat(traced.keyResult(id("b")).orElseThrow().pace()).contains(Pace.BEHIND); // 0.25 < 0.40137
    assertThat(traced.objective(id("o")).orElseThrow().pace()).contains(Pace.ON_PACE);
    // before the period: 0; after it: 1
    assertThat(RoadmapTracer.expected(Optional.of(Period.year(2021)), Optional.of(LocalDate.of(2020, 5, 1))))
        .hasValue(0.0);
    assertThat(RoadmapTracer.expected(Optional.of(Period.year(2021)), Optional.of(LocalDate.of(2021, 12, 31))))
        .hasValue(1.0);
    assertThat(TRACER.trace(rollUpCase()).keyResult(id("a")).orElseThrow().pace()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------- chain

  /**
   * Strategy s1, s2, s3. Objectives o1 (→ s1), o2 (parent o1), o3 (unanchored), o4 (→ s2, no key results).
   * Key results k1 in o1, k2 in o2, k3 in o3. Concepts c1 (gaps g1, g2), c2 (gap g3), c3 (dropped). Items i1
   * (c1, contributes k1), i2 (no concept, contributes k3), i3 (c1, only supports k2), i4 (exempt).
   */
  static Transformation chainCase() {
    return base()
        .strategy(Strategy.builder().id(id("strategy")).title("Strategy")
            .addObjectives(StrategicObjective.builder().id(id("s1")).statement("S1").build(),
                StrategicObjective.builder().id(id("s2")).statement("S2").build(),
                StrategicObjective.builder().id(id("s3")).statement("S3").build())
            .build())
        .addConcepts(Concept.builder().id(id("c1")).name("C1").addGaps(id("g1"), id("g2")).build(),
            Concept.builder().id(id("c2")).name("C2").addGap(id("g3")).build(),
            Concept.builder().id(id("c3")).name("C3").status(ConceptStatus.DROPPED).addGap(id("g4")).build())
        .addObjectives(
            Objective.builder().id(id("o1")).statement("O1").strategicObjective(id("s1"))
                .addKeyResult(kr("k1", MetricDirection.INCREASE).customerMetric(id("nps")).build()).build(),
            Objective.builder().id(id("o2")).statement("O2").parent(id("o1"))
                .addKeyResult(kr("k2", MetricDirection.INCREASE).build()).build(),
            Objective.builder().id(id("o3")).statement("O3")
                .addKeyResult(kr("k3", MetricDirection.INCREASE).build()).build(),
            Objective.builder().id(id("o4")).statement("O4").strategicObjective(id("s2")).build())
        .roadmap(Roadmap.builder().addItems(
            RoadmapItem.builder().id(id("i1")).title("I1").concept(id("c1"))
                .addLink(KeyResultLink.contributes(id("k1"))).build(),
            RoadmapItem.builder().id(id("i2")).title("I2").addLink(KeyResultLink.contributes(id("k3"))).build(),
            RoadmapItem.builder().id(id("i3")).title("I3").concept(id("c1"))
                .addLink(KeyResultLink.supports(id("k2"))).build(),
            RoadmapItem.builder().id(id("i4")).title("I4").concept(id("c2"))
                .exemption(Exemption.builder().category(ExemptionCategory.COMPLIANCE).reason("GDPR").build())
                .build())
            .build())
        .build();
  }

  private static ChainRow row(String gap, String concept, String item, String keyResult, String objective,
      String strategic, ChainBreak... breaks) {
    return ChainRow.builder().gap(Optional.ofNullable(gap).map(Id::of))
        .concept(Optional.ofNullable(concept).map(Id::of)).item(Optional.ofNullable(item).map(Id::of))
        .keyResult(Optional.ofNullable(keyResult).map(Id::of)).objective(Optional.ofNullable(objective).map(Id::of))
        .strategicObjective(Optional.ofNullable(strategic).map(Id::of)).breaks(Arrays.asList(breaks)).build();
  }

  @Test
  void chainRowsShowEachKindOfBreak() {
    Traceability traced = TRACER.trace(chainCase());

    assertThat(traced.rows()).containsExactly(
        row("g1", "c1", "i1", "k1", "o1", "s1"),
        row("g2", "c1", "i1", "k1", "o1", "s1"),
        row(null, null, "i2", "k3", "o3", null, ChainBreak.UNANCHORED),
        row("g1", "c1", "i3", null, null, null, ChainBreak.WISH_LIST),
        row("g2", "c1", "i3", null, null, null, ChainBreak.WISH_LIST),
        row(null, null, null, "k2", "o2", "s1", ChainBreak.UNSUPPORTED),
        row(null, null, null, null, "o4", "s2", ChainBreak.NO_KEY_RESULT),
        row("g3", "c2", null, null, null, null, ChainBreak.NOT_PLANNED),
        row(null, null, null, null, null, "s3", ChainBreak.NOT_PURSUED));
    assertThat(traced.rows().get(0).isComplete()).isTrue();
    assertThat(traced.rows().get(2).isComplete()).isFalse();
    assertThat(traced.rows().get(5).firstBreak()).contains(ChainBreak.UNSUPPORTED);
    assertThat(traced.wishList()).containsExactly(id("i3"));
    assertThat(traced.unsupported()).containsExactly(id("k2"));
    assertThat(traced.exemptItems()).containsExactly(id("i4"));
    assertThat(traced.findings(FindingKind.WISH_LIST)).extracting(Finding::message).containsExactly(
        "road-map item 'i3' contributes to no key result: wish-list backlog (it only supports k2, which counts "
            + "for nothing)");
    assertThat(traced.findings(FindingKind.UNANCHORED)).extracting(Finding::subject).containsExactly(id("o3"));
    assertThat(traced.findings(FindingKind.NOT_PLANNED)).extracting(Finding::pointer).containsExactly("/concepts/1");
    assertThat(traced.findings(FindingKind.NOT_PURSUED)).extracting(Finding::pointer)
        .containsExactly("/strategy/objectives/2");
  }

  @Test
  void coverageFigures() {
    Traceability traced = TRACER.trace(chainCase());
    // gaps g1, g2 (c1 realised by i1, i3), g3 (c2 only by the exempt i4); g4's c3 is dropped: 2 of 3
    assertThat(traced.coverage(ChainLevel.GAP)).isEqualTo(LevelCoverage.builder().level(ChainLevel.GAP).covered(2)
        .total(3).ratio(2.0 / 3).addUncovered(id("g3")).build());
    // concepts c1, c2 (c3 dropped): 1 of 2
    assertThat(traced.coverage(ChainLevel.CONCEPT).ratio()).hasValue(0.5);
    // items i1, i2, i3 (i4 exempt): i1 and i2 contribute, 2 of 3
    assertThat(traced.coverage(ChainLevel.ITEM).covered()).isEqualTo(2);
    assertThat(traced.coverage(ChainLevel.ITEM).uncovered()).containsExactly(id("i3"));
    // key results k1, k3 supported of k1, k2, k3: 2 of 3
    assertThat(traced.coverage(ChainLevel.KEY_RESULT).ratio()).hasValue(2.0 / 3);
    // objectives o1, o2 (via o1), o4 anchored of four: 3 of 4
    assertThat(traced.coverage(ChainLevel.OBJECTIVE).ratio()).hasValue(0.75);
    // strategic objectives s1, s2 pursued of three: 2 of 3
    assertThat(traced.coverage(ChainLevel.STRATEGIC_OBJECTIVE).uncovered()).containsExactly(id("s3"));
    // empty levels have no ratio
    assertThat(TRACER.trace(base().build()).coverage(ChainLevel.KEY_RESULT).ratio()).isEmpty();
  }

  @Test
  void customerMetricCoverage() {
    Traceability traced = TRACER.trace(chainCase());
    // k1 is tagged nps; k2, k3 "Partner NPS rises" name partners and NPS: all three name customer behaviour
    CustomerMetricCoverage coverage = traced.customerMetrics();
    assertThat(coverage.objectives()).isEqualTo(3); // o4 has no key results
    assertThat(coverage.objectivesWithCustomerKeyResult()).isEqualTo(3);
    assertThat(coverage.keyResultRatio()).hasValue(1.0);
    assertThat(coverage.byMetric()).containsExactly(java.util.Map.entry(id("nps"), 1));

    Transformation outputs = base().addObjective(Objective.builder().id(id("o")).statement("O")
        .addKeyResult(KeyResult.builder().id(id("ship")).statement("Ship 5 features").direction(MetricDirection.INCREASE)
            .kind(KeyResultKind.OUTPUT).baseline(0).target(5).current(2).build())
        .addKeyResult(KeyResult.builder().id(id("cost")).statement("Reduce server cost").metric("server cost")
            .direction(MetricDirection.DECREASE).baseline(100).target(80).current(90).build())
        .build()).build();
    CustomerMetricCoverage none = TRACER.trace(outputs).customerMetrics();
    // neither names customer behaviour; "cost" is an outcome, so not all are outputs
    assertThat(none.objectiveRatio()).hasValue(0.0);
    assertThat(none.withoutCustomerKeyResult()).containsExactly(id("o"));
    assertThat(none.allOutputs()).isEmpty();
    assertThat(none.outcomeKeyResults()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------- integrity

  @Test
  void aCycleOfFourObjectivesIsReportedOnceWithItsPath() {
    // c's parent is d, d's is a, a's is b, b's is c; e hangs under a, into the cycle
    Transformation t = base().addObjectives(
        Objective.builder().id(id("c")).statement("C").parent(id("d")).build(),
        Objective.builder().id(id("a")).statement("A").parent(id("b")).build(),
        Objective.builder().id(id("e")).statement("E").parent(id("a")).build(),
        Objective.builder().id(id("b")).statement("B").parent(id("c")).build(),
        Objective.builder().id(id("d")).statement("D").parent(id("a")).build()).build();

    Traceability traced = TRACER.trace(t);

    assertThat(traced.findings(FindingKind.OBJECTIVE_CYCLE)).singleElement().satisfies(f -> {
      assertThat(f.path()).containsExactly(id("c"), id("d"), id("a"), id("b"), id("c"));
      assertThat(f.pointer()).isEqualTo("/objectives/0/parent");
      assertThat(f.message()).isEqualTo("objective parents form a cycle: c → d → a → b → c; none of these "
          + "objectives traces to the strategy");
    });
    assertThat(traced.objectives()).allSatisfy(o -> assertThat(o.anchor()).isEmpty());
    assertThat(traced.findings(FindingKind.UNANCHORED)).hasSize(5);
  }

  @Test
  void aSelfParentIsACycleOfOne() {
    Transformation t = base().addObjective(Objective.builder().id(id("a")).statement("A").parent(id("a")).build())
        .build();
    assertThat(TRACER.trace(t).findings(FindingKind.OBJECTIVE_CYCLE)).singleElement()
        .satisfies(f -> assertThat(f.path()).containsExactly(id("a"), id("a")));
  }

  @Test
  void integrityFindingsAreResultsAndTheRestStillRuns() {
    Transformation t = base()
        .strategy(Strategy.builder().id(id("strategy")).title("S")
            .addObjective(StrategicObjective.builder().id(id("grow")).statement("Grow").build()).build())
        .addConcept(Concept.builder().id(id("portal")).name("Portal").build())
        .addObjectives(
            Objective.builder().id(id("o1")).statement("O1").strategicObjective(id("grwo")).period(Period.year(2021))
                .addKeyResult(kr("k1", MetricDirection.INCREASE).baseline(0).target(10).current(5)
                    .customerMetric(id("nsp")).build())
                .build(),
            Objective.builder().id(id("o2")).statement("O2").parent(id("o9")).build(),
            Objective.builder().id(id("o1")).statement("Again").build())
        .roadmap(Roadmap.builder().addItems(
            RoadmapItem.builder().id(id("i1")).title("I1").concept(id("portl"))
                .period(Period.of(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 1, 31)))
                .addLinks(KeyResultLink.contributes(id("k1")), KeyResultLink.contributes(id("k2"))).build(),
            RoadmapItem.builder().id(id("i1")).title("Again").build())
            .build())
        .build();

    Traceability traced = TRACER.trace(t);

    assertThat(traced.findings().stream().filter(f -> f.kind().category() == FindingKind.Category.INTEGRITY)
        .map(f -> f.pointer() + " " + f.kind().id()))
        .containsExactly(
            "/objectives/2/id duplicate-id",
            "/objectives/0/strategicObjective dangling-reference",
            "/objectives/0/keyResults/0/customerMetric unknown-customer-metric",
            "/objectives/1/parent dangling-reference",
            "/roadmap/items/0/concept dangling-reference",
            "/roadmap/items/0/period outside-period",
            "/roadmap/items/0/links/1/keyResult dangling-reference",
            "/roadmap/items/1/id duplicate-id");
    assertThat(traced.findings(FindingKind.DANGLING_REFERENCE)).extracting(Finding::message).containsExactly(
        "objective 'o1' names strategic objective 'grwo', which is not one of the strategy's objectives (did you "
            + "mean 'grow'?)",
        "objective 'o2' names parent 'o9', which is not an objective (did you mean 'o1'?)",
        "road-map item 'i1' realises concept 'portl', which is not a concept of the transformation (did you mean "
            + "'portal'?)",
        "road-map item 'i1' contributes to key result 'k2', which is not a key result (did you mean 'k1'?)");
    assertThat(traced.findings(FindingKind.OUTSIDE_PERIOD)).extracting(Finding::message).containsExactly(
        "road-map item 'i1' is dated 2021-06-01 to 2022-01-31, not within the period 2021-01-01 to 2021-12-31 of "
            + "key result 'k1'");
    // the rest runs: k1 is supported by i1 and has progress 0.5; the unknown metric still names customer behaviour
    assertThat(traced.keyResult(id("k1")).orElseThrow().contributors()).containsExactly(id("i1"));
    assertThat(traced.keyResult(id("k1")).orElseThrow().progress().orElseThrow().value()).isEqualTo(0.5);
    assertThat(traced.objectives()).extracting(ObjectiveTrace::objective).containsExactly(id("o1"), id("o2"));
    // check() lists the same integrity findings as problems
    assertThat(TRACER.check(t)).hasSize(8).first()
        .isEqualTo(new InputProblem("/objectives/2/id", "objective id 'o1' is already used by an earlier objective; "
            + "this one and its key results are left out"));
  }

  // ------------------------------------------------------------------------------------------- lint

  @Test
  void outcomeVersusOutputLint() {
    Transformation t = base().addObjective(Objective.builder().id(id("o")).statement("O")
        .addKeyResult(KeyResult.builder().id(id("portal")).statement("Launch the partner portal and ship 5 features")
            .direction(MetricDirection.INCREASE).kind(KeyResultKind.OUTPUT).target(5).build())
        .addKeyResult(KeyResult.builder().id(id("cost")).statement("Reduce server cost").metric("server cost")
            .direction(MetricDirection.DECREASE).baseline(100).target(80).current(90).build())
        .build()).build();

    Traceability traced = TRACER.trace(t);

    assertThat(traced.findings().stream().filter(f -> f.kind().category() == FindingKind.Category.LINT)
        .map(f -> f.subject() + " " + f.kind().id()))
        .containsExactly("portal declared-output", "portal output-wording", "portal no-metric", "portal no-movement",
            "cost no-customer-behaviour");
    assertThat(traced.findings(FindingKind.OUTPUT_WORDING)).singleElement()
        .satisfies(f -> assertThat(f.words()).containsExactly("launch", "ship", "features"));
    assertThat(traced.keyResult(id("portal")).orElseThrow().customerBehaviour()).isTrue(); // "partner"
    assertThat(traced.keyResult(id("portal")).orElseThrow().outputStyle()).isTrue();
    assertThat(traced.keyResult(id("cost")).orElseThrow().outputStyle()).isFalse();
  }

  @Test
  void wordsMatchWholeWordsAndPhrases() {
    WordMatcher matcher = new WordMatcher(List.of("ship", "story points", "NPS"));
    assertThat(matcher.find(List.of("Partnership with Story-Points velocity"))).containsExactly("story points");
    assertThat(matcher.find(List.of("shipping", "raise nps"))).containsExactly("NPS");
  }

  // ------------------------------------------------------------------------------------------- matrix

  @Test
  void theMatrixHasEveryLinkToAKnownKeyResult() {
    TraceMatrix matrix = TRACER.trace(chainCase()).matrix();
    assertThat(matrix.items()).containsExactly(id("i1"), id("i2"), id("i3"));
    assertThat(matrix.keyResults()).containsExactly(id("k1"), id("k2"), id("k3"));
    assertThat(matrix.cells()).containsExactly(
        MatrixCell.builder().item(id("i1")).keyResult(id("k1")).kind(LinkKind.CONTRIBUTES).build(),
        MatrixCell.builder().item(id("i2")).keyResult(id("k3")).kind(LinkKind.CONTRIBUTES).build(),
        MatrixCell.builder().item(id("i3")).keyResult(id("k2")).kind(LinkKind.SUPPORTS).build());
    assertThat(matrix.cell(id("i1"), id("k2"))).isEmpty();
  }

  // ------------------------------------------------------------------------------------------- what-if

  @Test
  void droppingAKeyResult() {
    // dropping k1: i1 contributes to nothing, o1 loses its only supported key result
    ChangeImpact impact = TRACER.whatIf(chainCase(), KeyResultChange.drop(id("k1")));
    assertThat(impact.newWishList()).containsExactly(id("i1"));
    assertThat(impact.objectivesLosingCoverage()).containsExactly(id("o1"));
    assertThat(impact.coverageBefore().get(3).ratio()).hasValue(2.0 / 3);
    assertThat(impact.coverageAfter().get(3).ratio()).hasValue(0.5); // k3 of k2, k3
    assertThat(impact.progressAfter()).isEmpty();
  }

  @Test
  void retargetingAKeyResult() {
    // a: (75 − 0) ÷ (150 − 0) = 0.5 instead of 0.75; equal mean (0.5 + 0.25 + 0.5) ÷ 3 = 0.41667 from 0.5
    ChangeImpact impact = TRACER.whatIf(rollUpCase(), KeyResultChange.retarget(id("a"), 150));
    assertThat(impact.progressBefore().orElseThrow().value()).isEqualTo(0.75);
    assertThat(impact.progressAfter().orElseThrow().value()).isEqualTo(0.5);
    assertThat(impact.rollUps()).singleElement().satisfies(r -> {
      assertThat(r.before()).hasValue(0.5);
      assertThat(r.after().getAsDouble()).isCloseTo(1.25 / 3, within(1e-15));
      assertThat(r.gradeAfter()).contains(Grade.YELLOW);
    });
    assertThat(impact.newWishList()).isEmpty();
  }

  @Test
  void whatIfOfAnUnknownKeyResultIsBadInput() {
    assertThatThrownBy(() -> TRACER.whatIf(rollUpCase(), KeyResultChange.drop(id("d"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("key result 'd' is not one of the transformation's key results (did you mean 'a'?)");
  }

  // ------------------------------------------------------------------------------------------- invariants

  @Test
  void singleValueInvariantsAreChecksNamingTheAttribute() {
    assertThatThrownBy(() -> Objective.builder().id(id("o")).statement("O").parent(id("p"))
        .strategicObjective(id("s")).build()).hasMessageStartingWith("strategicObjective 's' is given beside parent");
    assertThatThrownBy(() -> RoadmapItem.builder().id(id("i")).title("I")
        .addLinks(KeyResultLink.contributes(id("k")), KeyResultLink.supports(id("k"))).build())
        .hasMessage("links[1].keyResult 'k' is already linked by links[0]");
    assertThatThrownBy(() -> RoadmapItem.builder().id(id("i")).title("I").addLink(KeyResultLink.contributes(id("k")))
        .exemption(Exemption.builder().category(ExemptionCategory.TECH_DEBT).reason("r").build()).build())
        .hasMessageStartingWith("links: an exempt item has no key-result links");
    assertThatThrownBy(() -> kr("k", MetricDirection.INCREASE).weight(-1).current(Double.NaN).build())
        .hasMessage("current must be a finite number, was NaN; weight must be 0 or more, was -1");
    assertThatThrownBy(() -> GradeBands.builder().yellowFrom(0.7).greenFrom(0.4).build())
        .hasMessage("greenFrom must be more than yellowFrom 0.7 and at most 1, was 0.4");
    assertThatThrownBy(() -> TraceabilityModel.builder().addOutputWords("Ship", "ship", "--").build())
        .hasMessage("outputWords[1] 'ship' is already listed as outputWords[0] 'Ship'; outputWords[2] '--' has no "
            + "letter or digit to match");
    assertThatThrownBy(() -> KeyResultChange.builder().keyResult(id("k")).action(ChangeAction.RETARGET).build())
        .hasMessage("target must be given to re-target a key result");
  }
}
