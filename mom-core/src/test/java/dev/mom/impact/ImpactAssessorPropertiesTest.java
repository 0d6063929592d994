package dev.mom.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.ChangeLevels;
import dev.mom.model.Transformation;
import dev.mom.testing.ImpactGenerators;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the impact assessment over random valid cases and models. */
class ImpactAssessorPropertiesTest {

  private static final Map<ImpactVerdict, ImpactVerdict> MIRRORED = Map.of(
      ImpactVerdict.IMPROVED, ImpactVerdict.WORSENED, ImpactVerdict.WORSENED, ImpactVerdict.IMPROVED,
      ImpactVerdict.NO_DETECTABLE_CHANGE, ImpactVerdict.NO_DETECTABLE_CHANGE,
      ImpactVerdict.INSUFFICIENT_DATA, ImpactVerdict.INSUFFICIENT_DATA);

  private static ImpactAssessor assessor(Random random) {
    return ImpactAssessor.of(ImpactGenerators.model(random), ChangeLevels.defaults());
  }

  private static void samePValue(long seed, String what, OptionalDouble expected, OptionalDouble actual, double eps) {
    assertThat(actual.isPresent()).as("seed %d: %s present", seed, what).isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      assertThat(actual.getAsDouble()).as("seed %d: %s", seed, what).isCloseTo(expected.getAsDouble(), within(eps));
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void everyNumberIsFiniteAndInRange(long seed) {
    Random random = new Random(seed);
    ImpactAssessor assessor = assessor(random);
    ImpactAssessment assessment = assessor.assess(ImpactGenerators.transformation(random));

    for (OutcomeImpact outcome : assessment.outcomes()) {
      String at = "seed " + seed + ": " + outcome.outcome();
      assertThat(outcome.difference()).as(at).isFinite();
      assertThat(outcome.medianDifference()).as(at).isFinite();
      outcome.effectSize().ifPresent(d -> assertThat(d).as(at).isFinite());
      outcome.statistic().ifPresent(t -> assertThat(t).as(at).isFinite());
      outcome.pValue().ifPresent(p -> assertThat(p).as(at).isBetween(0.0, 1.0));
      outcome.differenceInterval().ifPresent(ci -> assertThat(ci.lower()).as(at).isFinite()
          .isLessThanOrEqualTo(outcome.difference()).isLessThanOrEqualTo(ci.upper()));
      assertThat(outcome.adjustedPValue().isPresent()).as(at).isEqualTo(outcome.pValue().isPresent());
      outcome.adjustedPValue().ifPresent(adjusted -> assertThat(adjusted).as(at)
          .isBetween(outcome.pValue().getAsDouble(), 1.0));
      assertThat(outcome.effectSizeBand().isPresent()).as(at).isEqualTo(outcome.effectSize().isPresent());
      if (outcome.verdict() == ImpactVerdict.IMPROVED || outcome.verdict() == ImpactVerdict.WORSENED) {
        assertThat(outcome.significant()).as(at).isTrue();
        assertThat(outcome.n()).as(at).isGreaterThanOrEqualTo(assessor.model().minimumSampleSize());
        assertThat(Math.abs(outcome.difference())).as(at).isGreaterThanOrEqualTo(outcome.minimumDifference());
      }
      if (Math.min(outcome.baseline().n(), outcome.followUp().n()) < assessor.model().minimumSampleSize()) {
        assertThat(outcome.verdict()).as(at).isEqualTo(ImpactVerdict.INSUFFICIENT_DATA);
        assertThat(outcome.pValue()).as(at).isEmpty();
      }
    }
    assertThat(assessment.familySize()).as("seed %d", seed)
        .isEqualTo((int) assessment.outcomes().stream().filter(o -> o.pValue().isPresent()).count());
  }

  /**
   * Holm's adjustment is monotone: an outcome with a smaller raw p-value never gets a larger adjusted one.
   */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void holmKeepsTheOrderOfTheRawPValues(long seed) {
    Random random = new Random(seed);
    double[] p = new double[random.nextInt(8)];
    for (int i = 0; i < p.length; i++) {
      p[i] = random.nextInt(4) == 0 ? p[random.nextInt(i + 1)] : random.nextDouble();
    }
    double[] adjusted = Samples.holm(p);
    for (int i = 0; i < p.length; i++) {
      assertThat(adjusted[i]).as("seed %d: %d", seed, i).isBetween(p[i], 1.0);
      for (int j = 0; j < p.length; j++) {
        if (p[i] <= p[j]) {
          assertThat(adjusted[i]).as("seed %d: %d before %d", seed, i, j).isLessThanOrEqualTo(adjusted[j]);
        }
      }
    }
  }

  /**
   * Swapping baseline and follow-up flips the sign of the difference, the interval and the effect size, keeps
   * every p-value, and mirrors improved and worsened. The arithmetic is exact (a − b = −(b − a) in floating
   * point); the p-values are compared to 1e-12 as Commons Statistics computes each tail on its own.
   */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void swappingBaselineAndFollowUpFlipsTheSignAndKeepsThePValue(long seed) {
    Random random = new Random(seed);
    ImpactAssessor assessor = assessor(random);
    Transformation transformation = ImpactGenerators.transformation(random);

    ImpactAssessment original = assessor.assess(transformation);
    ImpactAssessment swapped = assessor.assess(ImpactGenerators.swapWaves(transformation));

    for (int o = 0; o < original.outcomes().size(); o++) {
      OutcomeImpact before = original.outcomes().get(o);
      OutcomeImpact after = swapped.outcomes().get(o);
      String at = "seed " + seed + ": " + before.outcome();
      assertThat(after.difference()).as(at).isEqualTo(-before.difference());
      assertThat(after.medianDifference()).as(at).isEqualTo(-before.medianDifference());
      assertThat(after.baseline()).as(at).isEqualTo(before.followUp());
      samePValue(seed, before.outcome() + " effect", negate(before.effectSize()), after.effectSize(), 0);
      assertThat(after.effectSizeBand()).as(at).isEqualTo(before.effectSizeBand());
      samePValue(seed, before.outcome() + " p", before.pValue(), after.pValue(), 1e-12);
      samePValue(seed, before.outcome() + " adjusted p", before.adjustedPValue(), after.adjustedPValue(), 1e-12);
      assertThat(after.differenceInterval().isPresent()).as(at).isEqualTo(before.differenceInterval().isPresent());
      before.differenceInterval().ifPresent(ci -> {
        assertThat(after.differenceInterval().get().lower()).as(at).isCloseTo(-ci.upper(), within(1e-9));
        assertThat(after.differenceInterval().get().upper()).as(at).isCloseTo(-ci.lower(), within(1e-9));
      });
      if (!nearAThreshold(before, original.alpha())) {
        assertThat(after.verdict()).as(at).isEqualTo(MIRRORED.get(before.verdict()));
      }
    }
  }

  /**
   * Adding a whole number to every value (and to the scales) changes no p-value, effect size or difference.
   * Values on a grid of halves make the shifted rank tests exact; the means may round differently, so the
   * t tests' numbers are compared to 1e-9.
   */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void addingAConstantChangesNoPValue(long seed) {
    Random random = new Random(seed);
    ImpactAssessor assessor = assessor(random);
    Transformation transformation = ImpactGenerators.transformation(random);
    double constant = random.nextInt(41) - 20;

    ImpactAssessment original = assessor.assess(transformation);
    ImpactAssessment shifted = assessor.assess(ImpactGenerators.shift(transformation, constant));

    for (int o = 0; o < original.outcomes().size(); o++) {
      OutcomeImpact before = original.outcomes().get(o);
      OutcomeImpact after = shifted.outcomes().get(o);
      String at = "seed " + seed + " (+" + constant + "): " + before.outcome();
      samePValue(seed, at + " p", before.pValue(), after.pValue(), 1e-9);
      samePValue(seed, at + " adjusted p", before.adjustedPValue(), after.adjustedPValue(), 1e-9);
      samePValue(seed, at + " effect", before.effectSize(), after.effectSize(), 1e-9);
      assertThat(after.difference()).as(at).isCloseTo(before.difference(), within(1e-9));
      assertThat(after.baseline().mean()).as(at).isCloseTo(before.baseline().mean() + constant, within(1e-9));
      if (!nearAThreshold(before, original.alpha())) {
        assertThat(after.verdict()).as(at).isEqualTo(before.verdict());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void assessmentsAreDeterministicAndIgnoreTheOrderOfMeasurements(long seed) {
    Random random = new Random(seed);
    ImpactModel model = ImpactGenerators.model(random);
    Transformation transformation = ImpactGenerators.transformation(random);

    ImpactAssessment first = ImpactAssessor.of(model, ChangeLevels.defaults()).assess(transformation);

    assertThat(ImpactAssessor.of(model, ChangeLevels.defaults()).assess(transformation)).as("seed %d", seed)
        .isEqualTo(first);
    assertThat(ImpactAssessor.of(model, ChangeLevels.defaults())
        .assess(ImpactGenerators.shuffle(random, transformation))).as("seed %d: shuffled", seed).isEqualTo(first);
  }

  private static OptionalDouble negate(OptionalDouble value) {
    return value.isPresent() ? OptionalDouble.of(-value.getAsDouble()) : value;
  }

  /** Whether rounding at the last digit could move the verdict: p at alpha, or the difference at the minimum. */
  private static boolean nearAThreshold(OutcomeImpact outcome, double alpha) {
    boolean pNear = outcome.adjustedPValue().isPresent() && Math.abs(outcome.adjustedPValue().getAsDouble() - alpha)
        < 1e-9;
    return pNear || Math.abs(Math.abs(outcome.difference()) - outcome.minimumDifference()) < 1e-9;
  }
}
