package dev.mom.rules;

import static dev.mom.rules.Fixtures.CATALOGUE;
import static dev.mom.rules.Fixtures.COUNT;
import static dev.mom.rules.Fixtures.SALES;
import static dev.mom.rules.Fixtures.SURVEY;
import static dev.mom.rules.Fixtures.TECH;
import static dev.mom.rules.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SignalValuesTest {

  @Test
  void readsByIndexAndByName() {
    SignalValues values = values().value(SALES, 0.25).value(COUNT, 12).missing(SURVEY).build();

    assertThat(values.catalogue()).isSameAs(CATALOGUE);
    assertThat(values.value(0)).isEqualTo(OptionalDouble.of(0.25));
    assertThat(values.value(SALES)).isEqualTo(OptionalDouble.of(0.25));
    assertThat(values.value(2)).isEqualTo(OptionalDouble.of(12));
    // declared missing, and never set: both have no value
    assertThat(values.value(SURVEY)).isEmpty();
    assertThat(values.value(TECH)).isEmpty();
    assertThat(values).hasToString("{decisions.decidedBy.sales=0.25, decisions.decidedBy.tech=—, "
        + "decisions.count=12, survey.mean=—}");
  }

  @Test
  void unsetAndDeclaredMissingAreTheSame() {
    assertThat(values().missing(TECH).build()).isEqualTo(values().build())
        .hasSameHashCodeAs(values().build());
  }

  @Test
  void unknownNameIsRejectedByName() {
    assertThatThrownBy(() -> values().value("decisions.decidedBy.sale", 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown signal 'decisions.decidedBy.sale': the catalogue has no such signal");
    assertThatThrownBy(() -> values().missing("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> values().build().value("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> values().build().value(4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void nonFiniteValuesAreRejectedNamingTheSignal() {
    assertThatThrownBy(() -> values().value(SALES, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signal decisions.decidedBy.sales must be a finite number, was NaN "
            + "(a signal without a value is declared missing instead)");
    assertThatThrownBy(() -> values().value(COUNT, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("signal decisions.count must be a finite number, was Infinity");
  }

  @Test
  void valuesOutsideThePublishedRangeAreRejected() {
    assertThatThrownBy(() -> values().value(SURVEY, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signal survey.mean is 0.5, outside its published range [1, 5]");
    assertThatThrownBy(() -> values().value(SALES, 1.0000000000000002))
        .hasMessage("signal decisions.decidedBy.sales is 1.0000000000000002, outside its published range [0, 1]");
  }

  @Test
  void aSignalIsSetOnce() {
    assertThatThrownBy(() -> values().value(SALES, 0.5).value(SALES, 0.6))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("signal decisions.decidedBy.sales is already set to 0.5");
    assertThatThrownBy(() -> values().missing(SALES).value(SALES, 0.6))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("signal decisions.decidedBy.sales is already declared missing");
  }

  @Test
  void aRejectedValueLeavesTheSignalUnset() {
    SignalValues.Builder builder = values();
    assertThatThrownBy(() -> builder.value(SALES, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.value(SALES, 0.5).build().value(SALES)).isEqualTo(OptionalDouble.of(0.5));
  }

  @Test
  void negativeZeroIsZero() {
    SignalValues negative = values().value(SALES, -0.0).build();
    assertThat(negative).isEqualTo(values().value(SALES, 0.0).build());
    assertThat(Double.doubleToRawLongBits(negative.value(SALES).getAsDouble())).isZero();
  }

  @Test
  void theBuilderCanGoOnWithoutChangingBuiltValues() {
    SignalValues.Builder builder = values().value(SALES, 0.5);
    SignalValues first = builder.build();
    builder.value(TECH, 0.25);
    assertThat(first.value(TECH)).isEmpty();
    assertThat(builder.build().value(TECH)).isEqualTo(OptionalDouble.of(0.25));
  }

  @Test
  void equalityNeedsEqualCataloguesAndValues() {
    SignalValues a = values().value(SALES, 0.5).build();
    assertThat(a).isEqualTo(values().value(SALES, 0.5).build())
        .isNotEqualTo(values().value(SALES, 0.25).build())
        .isNotEqualTo(values().value(TECH, 0.5).build());
    SignalCatalogue other = SignalCatalogue.of(CATALOGUE.signals().subList(0, 2));
    assertThat(a).isNotEqualTo(SignalValues.builder(other).value(SALES, 0.5).build());
  }
}
