package dev.mom.rules;

import static dev.mom.rules.Truth.FALSE;
import static dev.mom.rules.Truth.TRUE;
import static dev.mom.rules.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene's strong three-valued logic, cell by cell. */
class TruthTest {

  @ParameterizedTest(name = "{0} and {1} = {2}")
  @CsvSource({
    // FALSE dominates and; otherwise UNKNOWN dominates TRUE
    "TRUE, TRUE, TRUE",
    "TRUE, FALSE, FALSE",
    "TRUE, UNKNOWN, UNKNOWN",
    "FALSE, TRUE, FALSE",
    "FALSE, FALSE, FALSE",
    "FALSE, UNKNOWN, FALSE",
    "UNKNOWN, TRUE, UNKNOWN",
    "UNKNOWN, FALSE, FALSE",
    "UNKNOWN, UNKNOWN, UNKNOWN"
  })
  void and(Truth left, Truth right, Truth expected) {
    assertThat(left.and(right)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} or {1} = {2}")
  @CsvSource({
    // TRUE dominates or; otherwise UNKNOWN dominates FALSE
    "TRUE, TRUE, TRUE",
    "TRUE, FALSE, TRUE",
    "TRUE, UNKNOWN, TRUE",
    "FALSE, TRUE, TRUE",
    "FALSE, FALSE, FALSE",
    "FALSE, UNKNOWN, UNKNOWN",
    "UNKNOWN, TRUE, TRUE",
    "UNKNOWN, FALSE, UNKNOWN",
    "UNKNOWN, UNKNOWN, UNKNOWN"
  })
  void or(Truth left, Truth right, Truth expected) {
    assertThat(left.or(right)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "not {0} = {1}")
  @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
  void not(Truth truth, Truth expected) {
    assertThat(truth.not()).isEqualTo(expected);
    assertThat(truth.not().not()).isEqualTo(truth);
  }

  @ParameterizedTest(name = "{0}: isTrue {1}, id {2}")
  @CsvSource({"TRUE, true, true", "FALSE, false, false", "UNKNOWN, false, unknown"})
  void onlyTrueFires(Truth truth, boolean fires, String id) {
    assertThat(truth.isTrue()).isEqualTo(fires);
    assertThat(truth.id()).isEqualTo(id);
  }

  @org.junit.jupiter.api.Test
  void ofBoolean() {
    assertThat(Truth.of(true)).isEqualTo(TRUE);
    assertThat(Truth.of(false)).isEqualTo(FALSE);
  }
}
