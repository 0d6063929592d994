package dev.mom.testing;

import dev.mom.impact.ConsequenceEvidence;
import dev.mom.impact.DesiredDirection;
import dev.mom.impact.EffectSizeBands;
import dev.mom.impact.ImpactModel;
import dev.mom.impact.OutcomeMeasurement;
import dev.mom.impact.Outcome;
import dev.mom.impact.SignificanceTest;
import dev.mom.impact.StudyDesign;
import dev.mom.impact.UnintendedConsequence;
import dev.mom.impact.Valence;
import dev.mom.impact.Wave;
import dev.mom.model.ChangeLevel;
import dev.mom.model.ChangeLevels;
import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Period;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded generators of impact inputs that {@link dev.mom.impact.ImpactAssessor} can assess with the
 * levels of {@link ChangeLevels#defaults()}: one to four outcomes with random tests, scales, directions
 * and concepts; two or three waves (each outcome measured in the first and the last); paired outcomes with
 * the same units in both waves, independent ones with their own units (sometimes shared); samples from one
 * value to a few dozen, so that the minimum sample size, ties, zero differences and samples without spread
 * all occur. Values lie on a grid of halves and are small, so that shifting them by a whole number is exact
 * in floating point. Stateless and thread-safe (the {@code Random} is the caller's).
 */
public final class ImpactGenerators {

  private static final List<Scale> SCALES = List.of(Scale.agreement5(), Scale.of(0, 10), Scale.of(-3, 3),
      Scale.of(0, 100));

  private static final Organisation ORGANISATION = Organisation.builder().id(Id.of("org")).name("Org")
      .addFunctions(Function.SALES, Function.ENGINEERING, Function.PRODUCT).build();

  private ImpactGenerators() {}

  /**
   * A random valid impact model: the defaults, or random alpha, confidence level, bands and a minimum sample
   * size from 2 to 12.
   *
   * @param random the source of randomness
   * @return the model
   */
  public static ImpactModel model(Random random) {
    if (random.nextInt(3) == 0) {
      return ImpactModel.builder().build();
    }
    double small = 0.05 + random.nextDouble() * 0.3;
    double medium = small + 0.05 + random.nextDouble() * 0.4;
    double large = medium + 0.05 + random.nextDouble() * 0.5;
    return ImpactModel.builder().alpha(0.01 + random.nextDouble() * 0.2)
        .confidenceLevel(0.5 + random.nextDouble() * 0.49)
        .effectSizeBands(EffectSizeBands.builder().small(small).medium(medium).large(large).build())
        .minimumSampleSize(2 + random.nextInt(11)).build();
  }

  /**
   * A random transformation with impact inputs that can be assessed.
   *
   * @param random the source of randomness
   * @return the transformation
   */
  public static Transformation transformation(Random random) {
    List<ChangeLevel> levels = ChangeLevels.defaults();
    int waves = 2 + random.nextInt(2);
    List<List<OutcomeMeasurement>> measured = new ArrayList<>();
    for (int w = 0; w < waves; w++) {
      measured.add(new ArrayList<>());
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int o = 0, count = 1 + random.nextInt(4); o < count; o++) {
      Scale scale = SCALES.get(random.nextInt(SCALES.size()));
      SignificanceTest test = SignificanceTest.values()[random.nextInt(4)];
      Outcome.Builder outcome = Outcome.builder().id(Id.of("o" + o)).statement(ModelGenerators.text(random))
          .level(levels.get(random.nextInt(levels.size())).id()).metric(ModelGenerators.text(random)).scale(scale)
          .direction(random.nextBoolean() ? DesiredDirection.INCREASE : DesiredDirection.DECREASE)
          .minimumDifference(0.5 * (1 + random.nextInt((int) Math.min(6, scale.range() * 2))))
          .test(test);
      for (int c = 0; c < 4; c++) {
        if (random.nextInt(3) == 0) {
          outcome.addConcepts(Id.of("c" + c));
        }
      }
      outcomes.add(outcome.build());
      int n = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : 2 + random.nextInt(25);
      double shift = random.nextInt(3) == 0 ? 0 : 0.5 * (random.nextInt(5) - 2);
      boolean flat = random.nextInt(10) == 0;
      for (int w = 0; w < waves; w++) {
        boolean end = w == 0 || w == waves - 1;
        if (!end && random.nextBoolean()) {
          continue;
        }
        int units = test.design() == StudyDesign.PAIRED ? n : Math.max(1, n - 3 + random.nextInt(7));
        String prefix = test.design() == StudyDesign.PAIRED || random.nextInt(4) == 0 ? "u" : "w" + w + "-";
        for (int u = 0; u < units; u++) {
          double value = flat ? grid(scale, scale.min() + scale.range() / 2) : onGrid(random, scale);
          if (w > 0) {
            value = grid(scale, value + shift * w);
          }
          OutcomeMeasurement.Builder measurement = OutcomeMeasurement.builder().outcome(Id.of("o" + o)).unit(Id.of(prefix + u))
              .value(value).source(EvidenceSource.values()[random.nextInt(4)]);
          if (random.nextBoolean()) {
            measurement.function(ORGANISATION.functions().get(random.nextInt(3)));
          }
          measured.get(w).add(measurement.build());
        }
      }
    }
    Transformation.Builder builder = Transformation.builder().id(Id.of("case")).title("Case")
        .organisation(ORGANISATION).addAllOutcomes(outcomes);
    boolean periods = random.nextBoolean();
    for (int w = 0; w < waves; w++) {
      List<OutcomeMeasurement> list = measured.get(w);
      Collections.shuffle(list, random);
      Wave.Builder wave = Wave.builder().id(Id.of(w == 0 ? "baseline" : "follow-up-" + w))
          .name(ModelGenerators.text(random)).measurements(list);
      if (periods) {
        wave.period(Period.of(LocalDate.of(2020 + w, 1, 1), LocalDate.of(2020 + w, 3, 31)));
      }
      builder.addWaves(wave.build());
    }
    for (int c = 0, count = random.nextInt(3); c < count; c++) {
      UnintendedConsequence.Builder consequence = UnintendedConsequence.builder().id(Id.of("u" + c))
          .statement(ModelGenerators.text(random)).level(levels.get(random.nextInt(levels.size())).id())
          .valence(random.nextBoolean() ? Valence.POSITIVE : Valence.NEGATIVE);
      if (random.nextBoolean()) {
        consequence.addConcepts(Id.of("c" + random.nextInt(6)));
      }
      if (random.nextBoolean()) {
        consequence.addEvidence(ConsequenceEvidence.builder().source(EvidenceSource.DOCUMENT_REVIEW)
            .description(ModelGenerators.text(random))
            .date(random.nextBoolean() ? Optional.of(LocalDate.of(2021, 6, 1)) : Optional.empty()).build());
      }
      builder.addUnintendedConsequences(consequence.build());
    }
    return builder.build();
  }

  private static double onGrid(Random random, Scale scale) {
    return grid(scale, scale.min() + random.nextDouble() * scale.range());
  }

  /** The nearest half within the scale. */
  private static double grid(Scale scale, double value) {
    double half = Math.rint(value * 2) / 2;
    return Math.max(Math.ceil(scale.min() * 2) / 2, Math.min(Math.floor(scale.max() * 2) / 2, half));
  }

  /**
   * The same case with its waves in reverse order (periods dropped, as they would no longer be in time
   * order): every outcome's baseline becomes its follow-up and the other way round.
   *
   * @param transformation a transformation
   * @return the transformation with the waves reversed
   */
  public static Transformation swapWaves(Transformation transformation) {
    List<Wave> waves = new ArrayList<>();
    for (Wave wave : transformation.waves()) {
      waves.add(0, wave.withPeriod(Optional.empty()));
    }
    return Transformation.copyOf(transformation).withWaves(waves);
  }

  /**
   * The same case with {@code constant} added to every value and to both ends of every outcome's scale.
   *
   * @param transformation a transformation
   * @param constant a whole number, so that the shift is exact
   * @return the shifted transformation
   */
  public static Transformation shift(Transformation transformation, double constant) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome outcome : transformation.outcomes()) {
      outcomes.add(outcome.withScale(Scale.of(outcome.scale().min() + constant, outcome.scale().max() + constant)));
    }
    List<Wave> waves = new ArrayList<>();
    for (Wave wave : transformation.waves()) {
      List<OutcomeMeasurement> measurements = new ArrayList<>();
      for (OutcomeMeasurement measurement : wave.measurements()) {
        measurements.add(measurement.withValue(measurement.value() + constant));
      }
      waves.add(wave.withMeasurements(measurements));
    }
    return Transformation.builder().from(transformation).outcomes(outcomes).waves(waves).build();
  }

  /**
   * The same case with the measurements of every wave in a new random order.
   *
   * @param random the source of randomness
   * @param transformation a transformation
   * @return the reordered transformation
   */
  public static Transformation shuffle(Random random, Transformation transformation) {
    List<Wave> waves = new ArrayList<>();
    for (Wave wave : transformation.waves()) {
      List<OutcomeMeasurement> measurements = new ArrayList<>(wave.measurements());
      Collections.shuffle(measurements, random);
      waves.add(wave.withMeasurements(measurements));
    }
    return Transformation.copyOf(transformation).withWaves(waves);
  }
}
