package dev.mom.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import dev.mom.model.Period;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The invariants of the impact inputs and the playbook's impact model, each message naming its attribute. */
class ImpactInputsTest {

  static OutcomeMeasurement measurement(String outcome, String unit, double value) {
    return OutcomeMeasurement.builder().outcome(Id.of(outcome)).unit(Id.of(unit)).value(value)
        .source(EvidenceSource.SURVEY).build();
  }

  @Test
  void measurementsMustNameKnownOutcomesOnTheirScalesOncePerUnitAndKnownFunctions() {
    Transformation.Builder builder = ImpactAssessorTest.transformation()
        .addOutcome(ImpactAssessorTest.outcome("a", SignificanceTest.PAIRED_T).scale(Scale.agreement5()).build())
        .addWaves(Wave.builder().id(Id.of("w1")).name("W1")
            .addMeasurements(measurement("a", "u1", 6), measurement("b", "u1", 1), measurement("a", "u2", 3),
                measurement("a", "u2", 4),
                OutcomeMeasurement.copyOf(measurement("a", "u3", 2)).withFunction(Function.ENGINEERING))
            .build());

    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, builder::build);

    assertThat(thrown.violations()).containsExactly(
        "waves[0].measurements[0].value 6 is off the scale [1, 5] of outcome 'a'",
        "waves[0].measurements[1].outcome 'b' is not one of the outcomes (did you mean 'a'?)",
        "waves[0].measurements[3].unit 'u2' already has a measurement of outcome 'a' in this wave, at "
            + "waves[0].measurements[2]",
        "waves[0].measurements[4].function 'engineering' is not a function of the organisation [sales]");
  }

  @Test
  void wavesAreInTimeOrderAndIdsAreUnique() {
    Wave later = Wave.builder().id(Id.of("w1")).name("W1").period(Period.year(2021)).build();
    Wave earlier = Wave.builder().id(Id.of("w2")).name("W2").period(Period.year(2020)).build();

    assertThatThrownBy(() -> ImpactAssessorTest.transformation().addWaves(later, earlier).build())
        .hasMessage("waves[1].period starts 2020-01-01, before waves[0] (2021-01-01); list the waves in time order");
    assertThatThrownBy(() -> ImpactAssessorTest.transformation().addWaves(later, later).build())
        .hasMessage("waves[1].id 'w1' is already used by waves[0]");
    assertThatThrownBy(() -> ImpactAssessorTest.transformation()
        .addOutcomes(ImpactAssessorTest.outcome("a", SignificanceTest.PAIRED_T).build(),
            ImpactAssessorTest.outcome("a", SignificanceTest.WELCH_T).build()).build())
        .hasMessage("outcomes[1].id 'a' is already used by outcomes[0]");
  }

  @Test
  void theMinimumDifferenceIsPositiveAndWithinTheScale() {
    assertThatThrownBy(() -> ImpactAssessorTest.outcome("a", SignificanceTest.PAIRED_T).scale(Scale.agreement5())
        .minimumDifference(5).build())
        .hasMessage("minimumDifference must be positive and at most the scale's range 4, was 5");
    assertThatThrownBy(() -> ImpactAssessorTest.outcome("a", SignificanceTest.PAIRED_T).minimumDifference(0).build())
        .hasMessage("minimumDifference must be positive and at most the scale's range 10, was 0");
    assertThatThrownBy(() -> ImpactAssessorTest.outcome("a", SignificanceTest.PAIRED_T)
        .addConcepts(Id.of("c"), Id.of("c")).build())
        .hasMessage("concepts[1] 'c' is already used by concepts[0]");
  }

  @Test
  void theModelsThresholdsAreOrderedAndInRange() {
    assertThatThrownBy(() -> EffectSizeBands.builder().small(0.5).medium(0.5).build())
        .hasMessage("medium must be greater than small 0.5, was 0.5");
    assertThatThrownBy(() -> EffectSizeBands.builder().large(0.4).build())
        .hasMessage("large must be greater than medium 0.5, was 0.4");
    assertThatThrownBy(() -> ImpactModel.builder().alpha(0).build()).hasMessage("alpha must be within (0, 0.5], was 0");
    assertThatThrownBy(() -> ImpactModel.builder().confidenceLevel(1).build())
        .hasMessage("confidenceLevel must be within (0, 1), was 1");
    assertThatThrownBy(() -> ImpactModel.builder().minimumSampleSize(1).build())
        .hasMessage("minimumSampleSize must be at least 2, was 1");
    assertThatThrownBy(() -> OutcomeMeasurement.builder().outcome(Id.of("a")).unit(Id.of("u")).value(Double.NaN)
        .source(EvidenceSource.SURVEY).build()).hasMessage("value must be a finite number, was NaN");
  }

  /** Cohen's bands on the absolute value, each threshold belonging to the band above it. */
  @Test
  void effectSizeBandsIncludeTheirLowerThreshold() {
    EffectSizeBands bands = EffectSizeBands.builder().build();

    assertThat(bands.bandOf(0.0)).isEqualTo(EffectSizeBand.VERY_SMALL);
    assertThat(bands.bandOf(-0.19)).isEqualTo(EffectSizeBand.VERY_SMALL);
    assertThat(bands.bandOf(0.2)).isEqualTo(EffectSizeBand.SMALL);
    assertThat(bands.bandOf(-0.5)).isEqualTo(EffectSizeBand.MEDIUM);
    assertThat(bands.bandOf(0.79)).isEqualTo(EffectSizeBand.MEDIUM);
    assertThat(bands.bandOf(0.8)).isEqualTo(EffectSizeBand.LARGE);
    assertThat(bands.bandOf(-3)).isEqualTo(EffectSizeBand.LARGE);
  }

  @Test
  void theTestFixesTheDesignAndEnumsHaveStableIds() {
    assertThat(ImpactAssessorTest.outcome("a", SignificanceTest.WILCOXON_SIGNED_RANK).build().design())
        .isEqualTo(StudyDesign.PAIRED);
    assertThat(ImpactAssessorTest.outcome("a", SignificanceTest.MANN_WHITNEY_U).build().design())
        .isEqualTo(StudyDesign.INDEPENDENT);
    assertThat(SignificanceTest.WILCOXON_SIGNED_RANK.id()).isEqualTo("wilcoxon-signed-rank");
    assertThat(ImpactVerdict.NO_DETECTABLE_CHANGE.id()).isEqualTo("no-detectable-change");
    assertThat(EffectSizeKind.COHENS_D_Z.id()).isEqualTo("cohens-d-z");
    assertThat(LocalDate.of(2021, 1, 1)).isEqualTo(Period.year(2021).start());
  }
}
