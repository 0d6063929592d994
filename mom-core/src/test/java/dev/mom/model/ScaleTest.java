package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void agreement5HasItsFiveLabels() {
    Scale scale = Scale.agreement5();
    assertThat(scale.min()).isEqualTo(1.0);
    assertThat(scale.max()).isEqualTo(5.0);
    assertThat(scale.labels()).containsExactly(
        ScaleLabel.of(1, "Strongly disagree"),
        ScaleLabel.of(2, "Disagree"),
        ScaleLabel.of(3, "Neither agree nor disagree"),
        ScaleLabel.of(4, "Agree"),
        ScaleLabel.of(5, "Strongly agree"));
  }

  @Test
  void unitIsZeroToOneWithoutLabels() {
    assertThat(Scale.unit()).isEqualTo(Scale.of(0, 1));
    assertThat(Scale.unit().labels()).isEmpty();
    assertThat(Scale.unit().range()).isEqualTo(1.0);
  }

  @Test
  void normaliseWorkedByHand() {
    // agreement5: (4 - 1) / (5 - 1) = 3 / 4 = 0.75; (1 - 1) / 4 = 0; (5 - 1) / 4 = 1; (3 - 1) / 4 = 0.5
    assertThat(Scale.agreement5().normalise(4)).isEqualTo(0.75);
    assertThat(Scale.agreement5().normalise(1)).isEqualTo(0.0);
    assertThat(Scale.agreement5().normalise(5)).isEqualTo(1.0);
    assertThat(Scale.agreement5().normalise(3)).isEqualTo(0.5);
    // [-10, 30]: (0 - -10) / 40 = 10 / 40 = 0.25; (20 - -10) / 40 = 30 / 40 = 0.75
    assertThat(Scale.of(-10, 30).normalise(0)).isEqualTo(0.25);
    assertThat(Scale.of(-10, 30).normalise(20)).isEqualTo(0.75);
    // 0-10 likelihood: 7.5 / 10 = 0.75
    assertThat(Scale.of(0, 10).normalise(7.5)).isEqualTo(0.75);
    assertThat(Scale.agreement5().range()).isEqualTo(4.0);
  }

  @Test
  void normaliseOfMinusZeroOnAScaleFromZeroIsPositiveZero() {
    // -0.0 is on [0, 1] (-0.0 >= 0.0), and it is the scale's minimum: the result must be 0, not -0.0,
    // which reports and JSON would print as "-0.0". (-0.0 - 0.0) is -0.0 in IEEE arithmetic.
    double normalised = Scale.unit().normalise(-0.0);
    assertThat(Double.doubleToRawLongBits(normalised)).as("bits of %s", normalised).isZero();
  }

  @Test
  void normaliseRejectsValuesOffTheScale() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.agreement5().normalise(0.5))
        .withMessage("value 0.5 is off the scale [1.0, 5.0]");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.agreement5().normalise(5.000001))
        .withMessage("value 5.000001 is off the scale [1.0, 5.0]");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.agreement5().normalise(Double.NaN))
        .withMessage("value NaN is off the scale [1.0, 5.0]");
  }

  @Test
  void containsBothBoundsAndNothingBeyond() {
    Scale scale = Scale.agreement5();
    assertThat(scale.contains(1.0)).isTrue();
    assertThat(scale.contains(5.0)).isTrue();
    assertThat(scale.contains(3.3)).isTrue();
    assertThat(scale.contains(Math.nextDown(1.0))).isFalse();
    assertThat(scale.contains(Math.nextUp(5.0))).isFalse();
    assertThat(scale.contains(Double.NaN)).isFalse();
    assertThat(scale.contains(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(scale.contains(Double.NEGATIVE_INFINITY)).isFalse();
  }

  @Test
  void rejectsMinNotBelowMax() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(5, 1))
        .withMessage("min must be less than max, was min 5.0 and max 1.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(1, 1))
        .withMessage("min must be less than max, was min 1.0 and max 1.0");
    // -0.0 and 0.0 are equal numbers: the width would be 0
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(-0.0, 0.0))
        .withMessage("min must be less than max, was min -0.0 and max 0.0");
  }

  @Test
  void rejectsNonFiniteBounds() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(Double.NaN, 1))
        .withMessage("min must be a finite number, was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(Double.NEGATIVE_INFINITY, 1))
        .withMessage("min must be a finite number, was -Infinity");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(0, Double.POSITIVE_INFINITY))
        .withMessage("max must be a finite number, was Infinity");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(0, Double.NaN))
        .withMessage("max must be a finite number, was NaN");
  }

  @Test
  void rejectsAWidthThatOverflows() {
    // MAX_VALUE - (-MAX_VALUE) = 2 * MAX_VALUE, which overflows to Infinity
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.of(-Double.MAX_VALUE, Double.MAX_VALUE))
        .withMessage("max - min must be a finite number, was Infinity");
    // MAX_VALUE / 2 - (-MAX_VALUE / 2) = MAX_VALUE: still finite, so accepted
    assertThat(Scale.of(-Double.MAX_VALUE / 2, Double.MAX_VALUE / 2).range()).isEqualTo(Double.MAX_VALUE);
  }

  @Test
  void rejectsLabelsOffTheScale() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.builder().min(1).max(5)
            .addLabel(ScaleLabel.of(3, "Neutral"))
            .addLabel(ScaleLabel.of(6, "Off"))
            .build())
        .withMessage("labels[1].value 6.0 is off the scale [1.0, 5.0]");
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.builder().min(1).max(5)
            .addLabel(ScaleLabel.of(0.999, "Just below"))
            .build())
        .withMessage("labels[0].value 0.999 is off the scale [1.0, 5.0]");
  }

  @Test
  void acceptsLabelsOnBothBounds() {
    Scale scale = Scale.builder().min(0).max(10)
        .addLabel(ScaleLabel.of(10, "Extremely likely"))
        .addLabel(ScaleLabel.of(0, "Not at all likely"))
        .build();
    assertThat(scale.labels()).extracting(ScaleLabel::value).containsExactly(10.0, 0.0);
  }

  @Test
  void rejectsTwoLabelsForOnePoint() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.builder().min(1).max(5)
            .addLabel(ScaleLabel.of(1, "Low"))
            .addLabel(ScaleLabel.of(3, "Mid"))
            .addLabel(ScaleLabel.of(1, "Also low"))
            .build())
        .withMessage("labels[2].value '1.0' is already used by labels[0]");
  }

  @Test
  void minusZeroAndZeroAreOnePointForLabels() {
    // -0.0 == 0.0: two labels would name the same point of the scale
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.builder().min(-1).max(1)
            .addLabel(ScaleLabel.of(0.0, "Neutral"))
            .addLabel(ScaleLabel.of(-0.0, "Also neutral"))
            .build())
        .withMessage("labels[1].value '0.0' is already used by labels[0]");
  }

  @Test
  void labelRejectsNonFiniteValuesAndBlankWords() {
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleLabel.of(Double.NaN, "x"))
        .withMessage("value must be a finite number, was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleLabel.of(Double.POSITIVE_INFINITY, "x"))
        .withMessage("value must be a finite number, was Infinity");
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleLabel.of(1, " \t"))
        .withMessage("label must not be blank");
  }

  @Test
  void withMaxRevalidates() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scale.agreement5().withMax(4))
        .withMessage("labels[4].value 5.0 is off the scale [1.0, 4.0]");
  }

  @Test
  void equalityIsByValue() {
    assertThat(Scale.of(1, 5)).isEqualTo(Scale.builder().min(1).max(5).build())
        .hasSameHashCodeAs(Scale.of(1, 5))
        .isNotEqualTo(Scale.of(1, 6))
        .isNotEqualTo(Scale.agreement5());
  }
}
