package dev.mom.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.testing.Seeds;
import dev.mom.testing.TraceGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the tracer over random OKRs and road maps with every kind of imperfection. */
class RoadmapTracerPropertiesTest {

  private static LocalDate day(Random random) {
    return LocalDate.of(2020, 6, 1).plusDays(random.nextInt(900));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void coverageIsInTheUnitIntervalAndEveryNumberIsFinite(long seed) {
    Random random = new Random(seed);
    RoadmapTracer tracer = RoadmapTracer.of(TraceGenerators.model(random));
    Transformation t = TraceGenerators.transformation(random);

    Traceability traced = tracer.trace(t, day(random));

    assertThat(traced.coverage()).as("seed %d", seed).hasSize(ChainLevel.values().length);
    for (LevelCoverage level : traced.coverage()) {
      assertThat(level.covered()).as("seed %d: %s", seed, level.level()).isBetween(0, level.total());
      assertThat(level.uncovered()).as("seed %d: %s", seed, level.level()).hasSize(level.total() - level.covered());
      assertThat(level.ratio().isPresent()).as("seed %d: %s", seed, level.level()).isEqualTo(level.total() > 0);
      level.ratio().ifPresent(r -> assertThat(r).as("seed %d: %s", seed, level.level()).isBetween(0.0, 1.0));
    }
    traced.customerMetrics().objectiveRatio().ifPresent(r -> assertThat(r).as("seed %d", seed).isBetween(0.0, 1.0));
    traced.customerMetrics().keyResultRatio().ifPresent(r -> assertThat(r).as("seed %d", seed).isBetween(0.0, 1.0));
    for (KeyResultTrace k : traced.keyResults()) {
      k.progress().ifPresent(p -> assertThat(p.value()).as("seed %d: %s", seed, k.keyResult()).isFinite());
      k.expected().ifPresent(e -> assertThat(e).as("seed %d: %s", seed, k.keyResult()).isBetween(0.0, 1.0));
      if (tracer.model().progress().clamping() == Clamping.UNIT_INTERVAL) {
        k.progress().ifPresent(p -> assertThat(p.value()).as("seed %d: %s", seed, k.keyResult()).isBetween(0.0, 1.0));
      }
    }
    for (ObjectiveTrace o : traced.objectives()) {
      o.progress().ifPresent(p -> assertThat(p).as("seed %d: %s", seed, o.objective()).isFinite());
      assertThat(o.counted().size()).as("seed %d: %s", seed, o.objective()).isLessThanOrEqualTo(o.keyResults().size());
    }
    assertThat(traced.findings(FindingKind.OBJECTIVE_CYCLE)).as("seed %d", seed)
        .allSatisfy(f -> assertThat(f.path().get(0)).isEqualTo(f.path().get(f.path().size() - 1)));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void addingAContributesLinkNeverLowersCoverage(long seed) {
    Random random = new Random(seed);
    RoadmapTracer tracer = RoadmapTracer.of(TraceGenerators.model(random));
    Transformation t = TraceGenerators.transformation(random);
    List<Id> keyResults = t.objectives().stream().flatMap(o -> o.keyResults().stream()).map(KeyResult::id).toList();
    if (t.roadmap().isEmpty() || t.roadmap().get().items().isEmpty() || keyResults.isEmpty()) {
      return;
    }
    List<RoadmapItem> items = new ArrayList<>(t.roadmap().get().items());
    int i = random.nextInt(items.size());
    Id target = keyResults.get(random.nextInt(keyResults.size()));
    RoadmapItem item = items.get(i);
    if (item.isExempt() || item.links().stream().anyMatch(l -> l.keyResult().equals(target))) {
      return;
    }
    items.set(i, item.withLinks(concat(item.links(), KeyResultLink.contributes(target))));
    Transformation more = t.withRoadmap(t.roadmap().get().withItems(items));

    Traceability before = tracer.trace(t);
    Traceability after = tracer.trace(more);

    for (ChainLevel level : ChainLevel.values()) {
      assertThat(after.coverage(level).covered()).as("seed %d: %s covered, link %s → %s", seed, level, item.id(), target)
          .isGreaterThanOrEqualTo(before.coverage(level).covered());
      assertThat(after.coverage(level).total()).as("seed %d: %s total", seed, level)
          .isEqualTo(before.coverage(level).total());
    }
  }

  private static List<KeyResultLink> concat(List<KeyResultLink> links, KeyResultLink link) {
    List<KeyResultLink> all = new ArrayList<>(links);
    all.add(link);
    return all;
  }

  /** A finding without its pointer, which names a position that shifts when an item is removed. */
  private static String described(Finding f) {
    return f.kind().id() + " " + f.subject() + " " + f.message() + " " + f.path() + " " + f.words();
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void removingAnExemptItemChangesNoFinding(long seed) {
    Random random = new Random(seed);
    RoadmapTracer tracer = RoadmapTracer.of(TraceGenerators.model(random));
    Transformation t = TraceGenerators.transformation(random);
    if (t.roadmap().isEmpty()) {
      return;
    }
    List<RoadmapItem> items = t.roadmap().get().items();
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isExempt()) {
        continue;
      }
      List<RoadmapItem> fewer = new ArrayList<>(items);
      fewer.remove(i);
      Transformation without = t.withRoadmap(t.roadmap().get().withItems(fewer));

      Traceability before = tracer.trace(t);
      Traceability after = tracer.trace(without);

      assertThat(after.findings().stream().map(RoadmapTracerPropertiesTest::described).toList())
          .as("seed %d: without exempt %s", seed, items.get(i).id())
          .isEqualTo(before.findings().stream().map(RoadmapTracerPropertiesTest::described).toList());
      assertThat(after.coverage()).as("seed %d: coverage", seed).isEqualTo(before.coverage());
      assertThat(after.rows()).as("seed %d: rows", seed).isEqualTo(before.rows());
    }
  }

  @Test
  void theGeneratorsReachEveryKindOfFinding() {
    java.util.Set<FindingKind> seen = java.util.EnumSet.noneOf(FindingKind.class);
    int exempt = 0;
    for (long seed : Seeds.seeds().toList()) {
      Random random = new Random(seed);
      RoadmapTracer tracer = RoadmapTracer.of(TraceGenerators.model(random));
      Traceability traced = tracer.trace(TraceGenerators.transformation(random));
      traced.findings().forEach(f -> seen.add(f.kind()));
      exempt += traced.exemptItems().size();
    }
    // ids are distinct by design (see TraceGenerators), so duplicates are left to the hand-worked tests
    java.util.Set<FindingKind> all = java.util.EnumSet.allOf(FindingKind.class);
    all.remove(FindingKind.DUPLICATE_ID);
    assertThat(seen).isEqualTo(all);
    assertThat(exempt).isGreaterThan(20);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void tracingIsDeterministic(long seed) {
    RoadmapTracer tracer = RoadmapTracer.of(TraceGenerators.model(new Random(seed)));
    Transformation t = TraceGenerators.transformation(new Random(seed + 1));
    LocalDate asOf = day(new Random(seed));

    assertThat(tracer.trace(t, asOf)).as("seed %d", seed).isEqualTo(tracer.trace(t, asOf));
    assertThat(RoadmapTracer.of(TraceGenerators.model(new Random(seed))).trace(
        TraceGenerators.transformation(new Random(seed + 1)), asOf)).as("seed %d: rebuilt", seed)
        .isEqualTo(tracer.trace(t, asOf));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void droppingAKeyResultNeverRaisesKeyResultOrItemCoverage(long seed) {
    Random random = new Random(seed);
    RoadmapTracer tracer = RoadmapTracer.of(TraceGenerators.model(random));
    Transformation t = TraceGenerators.transformation(random);
    Traceability traced = tracer.trace(t);
    if (traced.keyResults().isEmpty()) {
      return;
    }
    Id dropped = traced.keyResults().get(random.nextInt(traced.keyResults().size())).keyResult();

    ChangeImpact impact = tracer.whatIf(t, KeyResultChange.drop(dropped));

    assertThat(impact.coverageBefore()).as("seed %d", seed).isEqualTo(traced.coverage());
    assertThat(impact.coverageAfter().get(2).covered()).as("seed %d: items", seed)
        .isLessThanOrEqualTo(impact.coverageBefore().get(2).covered());
    assertThat(impact.coverageAfter().get(3).total()).as("seed %d: key results", seed)
        .isEqualTo(impact.coverageBefore().get(3).total() - 1);
    assertThat(impact.progressAfter()).as("seed %d", seed).isEmpty();
  }
}
