package dev.mom.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.testing.GapGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the gap scorer over random playbooks and measurements valid for them. */
class GapScorerPropertiesTest {

  private static void finite(long seed, String what, double value) {
    assertThat(Double.isFinite(value)).as("seed %d: %s = %s is finite", seed, what, value).isTrue();
  }

  private static void inRange(long seed, String what, OptionalDouble value, double low, double high) {
    if (value.isPresent()) {
      assertThat(value.getAsDouble()).as("seed %d: %s", seed, what).isBetween(low, high);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void everyNumberIsFiniteAndInRange(long seed) {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random);
    GapModel model = playbook.gaps().orElseThrow();
    GapReport report = GapGenerators.scorer(playbook).score(GapGenerators.transformation(random, playbook));

    double contributions = 0;
    for (IndicatorGap gap : report.indicators()) {
      String at = gap.indicator().value();
      Indicator indicator = model.indicator(gap.indicator()).orElseThrow();
      assertThat(gap.normalisedGap()).as("seed %d: %s normalised gap", seed, at).isBetween(-1.0, 1.0);
      assertThat(gap.shortfall()).as("seed %d: %s shortfall", seed, at).isEqualTo(Math.max(0.0, gap.normalisedGap()));
      assertThat(gap.contribution()).as("seed %d: %s contribution", seed, at).isBetween(0.0, 1.0);
      assertThat(indicator.aggregateScale().contains(gap.current())).as("seed %d: %s current", seed, at).isTrue();
      assertThat(indicator.aggregateScale().contains(gap.ideal())).as("seed %d: %s ideal", seed, at).isTrue();
      assertThat(indicator.scale().contains(gap.mean())).as("seed %d: %s mean", seed, at).isTrue();
      finite(seed, at + " gap", gap.gap());
      finite(seed, at + " sd", gap.standardDeviation().orElse(0));
      inRange(seed, at + " r_wg", gap.agreement(), 0, 1);
      assertThat(gap.agreement().isPresent()).as("seed %d: %s r_wg defined iff n >= 2", seed, at).isEqualTo(gap.n() >= 2);
      assertThat(gap.agreeingSources()).as("seed %d: %s", seed, at).isBetween(1, gap.sources().size());
      for (FunctionBreakdown row : gap.functions()) {
        inRange(seed, at + " function gap", row.normalisedGap(), -1, 1);
        assertThat(row.current().isPresent()).as("seed %d: %s %s shown", seed, at, row.function())
            .isEqualTo(row.suppression() == Suppression.NONE);
        if (row.suppression() == Suppression.NONE) {
          assertThat(row.n()).as("seed %d: %s %s", seed, at, row.function()).isGreaterThanOrEqualTo(model.minimumGroupSize());
        }
      }
      contributions += gap.contribution();
    }
    List<GapRollUp> rollUps = new ArrayList<>(report.focusAreas());
    rollUps.addAll(report.levels());
    rollUps.addAll(report.dimensions());
    rollUps.add(report.overall());
    for (GapRollUp rollUp : rollUps) {
      String at = rollUp.id().value();
      inRange(seed, at + " current", rollUp.current(), 0, 1);
      inRange(seed, at + " ideal", rollUp.ideal(), 0, 1);
      inRange(seed, at + " gap", rollUp.gap(), -1, 1);
      inRange(seed, at + " shortfall", rollUp.shortfall(), 0, 1);
      assertThat(rollUp.contribution()).as("seed %d: %s contribution", seed, at).isBetween(0.0, 1.0);
    }
    assertThat(contributions).as("seed %d: contributions sum to the overall shortfall", seed)
        .isCloseTo(report.overall().shortfall().orElse(0), within(1e-9));
    assertThat(report.stage().rank()).as("seed %d: rank", seed).isBetween(0, playbook.changeLevels().size());
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void theOrderOfMeasurementsChangesNothing(long seed) {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random);
    GapScorer scorer = GapGenerators.scorer(playbook);
    Transformation original = GapGenerators.transformation(random, playbook);
    List<dev.mom.gap.Measurement> shuffled = new ArrayList<>(original.measurements());
    Collections.shuffle(shuffled, random);

    assertThat(scorer.score(original.withMeasurements(shuffled))).as("seed %d", seed).isEqualTo(scorer.score(original));
  }

  /** Raise one "now" value of a higher-is-better indicator towards the top of its scale. */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void raisingACurrentValueNeverRaisesAHigherIsBetterShortfall(long seed) {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random);
    GapModel model = playbook.gaps().orElseThrow();
    GapScorer scorer = GapGenerators.scorer(playbook);
    Transformation before = GapGenerators.transformation(random, playbook);
    List<dev.mom.gap.Measurement> measurements = new ArrayList<>(before.measurements());
    int m = random.nextInt(measurements.size());
    dev.mom.gap.Measurement chosen = measurements.get(m);
    Indicator indicator = model.indicator(chosen.indicator()).orElseThrow();
    if (indicator.direction() != Direction.HIGHER_IS_BETTER) {
      return;
    }
    double raised = improved(random, chosen.value(), indicator);
    measurements.set(m, chosen.withValue(raised));

    double shortfallBefore = shortfall(scorer.score(before), indicator);
    double shortfallAfter = shortfall(scorer.score(before.withMeasurements(measurements)), indicator);

    assertThat(shortfallAfter).as("seed %d: %s raised from %s to %s", seed, indicator.id(), chosen.value(), raised)
        .isLessThanOrEqualTo(shortfallBefore + 1e-12);
  }

  /** Improve every measurement (raise higher-is-better values, lower lower-is-better ones). */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void theStageReachedIsMonotoneInTheMeasurements(long seed) {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random);
    GapModel model = playbook.gaps().orElseThrow();
    GapScorer scorer = GapGenerators.scorer(playbook);
    Transformation before = GapGenerators.transformation(random, playbook);
    List<dev.mom.gap.Measurement> better = new ArrayList<>();
    for (dev.mom.gap.Measurement measurement : before.measurements()) {
      Indicator indicator = model.indicator(measurement.indicator()).orElseThrow();
      better.add(random.nextBoolean() ? measurement : measurement.withValue(improved(random, measurement.value(), indicator)));
    }

    int rankBefore = scorer.score(before).stage().rank();
    int rankAfter = scorer.score(before.withMeasurements(better)).stage().rank();

    assertThat(rankAfter).as("seed %d: %s stage after improving", seed, model.maturityMethod())
        .isGreaterThanOrEqualTo(rankBefore);
  }

  /** Under the staged rule, measuring an unmeasured indicator never lowers the stage. */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void measuringMoreIndicatorsNeverLowersAStagedStage(long seed) {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random);
    GapModel model = playbook.gaps().orElseThrow();
    GapScorer scorer = GapGenerators.scorer(playbook);
    Transformation before = GapGenerators.transformation(random, playbook);
    GapReport report = scorer.score(before);
    if (model.maturityMethod() != MaturityMethod.STAGED || report.unmeasured().isEmpty()) {
      return;
    }
    Indicator indicator = model.indicator(report.unmeasured().get(0)).orElseThrow();
    Transformation after = Transformation.builder().from(before).addMeasurements(GapGenerators.measurement(random,
        indicator, "extra", before.organisation().functions())).build();

    assertThat(scorer.score(after).stage().rank()).as("seed %d", seed).isGreaterThanOrEqualTo(report.stage().rank());
  }

  private static double improved(Random random, double value, Indicator indicator) {
    double end = indicator.direction() == Direction.HIGHER_IS_BETTER ? indicator.scale().max() : indicator.scale().min();
    double moved = value + random.nextDouble() * (end - value);
    return random.nextInt(4) == 0 || !indicator.scale().contains(moved) ? end : moved;
  }

  private static double shortfall(GapReport report, Indicator indicator) {
    return report.indicators().stream().filter(g -> g.indicator().equals(indicator.id())).findFirst().orElseThrow()
        .shortfall();
  }
}
