package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final Period Y2021 = Period.year(2021);
  private static final Period Q3 = Period.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30));

  @Test
  void yearRunsFromFirstJanuaryToThirtyFirstDecemberAndIsLabelled() {
    assertThat(Y2021.start()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(Y2021.end()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(Y2021.label()).contains("2021");
    assertThat(Period.year(2020).contains(LocalDate.of(2020, 2, 29))).isTrue();
  }

  @Test
  void containsBothEnds() {
    assertThat(Q3.contains(LocalDate.of(2021, 7, 1))).isTrue();
    assertThat(Q3.contains(LocalDate.of(2021, 9, 30))).isTrue();
    assertThat(Q3.contains(LocalDate.of(2021, 8, 15))).isTrue();
    assertThat(Q3.contains(LocalDate.of(2021, 6, 30))).isFalse();
    assertThat(Q3.contains(LocalDate.of(2021, 10, 1))).isFalse();
  }

  @Test
  void aSingleDayIsAPeriod() {
    LocalDate day = LocalDate.of(2021, 3, 5);
    Period one = Period.of(day, day);
    assertThat(one.contains(day)).isTrue();
    assertThat(one.contains(day.plusDays(1))).isFalse();
    assertThat(one.contains(day.minusDays(1))).isFalse();
    assertThat(one.isWithin(Y2021)).isTrue();
  }

  @Test
  void isWithin() {
    assertThat(Q3.isWithin(Y2021)).isTrue();
    assertThat(Y2021.isWithin(Q3)).isFalse();
    assertThat(Y2021.isWithin(Y2021)).isTrue();
    // straddles the new year: start in 2021, end in 2022
    Period winter = Period.of(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 1, 31));
    assertThat(winter.isWithin(Y2021)).isFalse();
    assertThat(winter.isWithin(Period.year(2022))).isFalse();
    assertThat(winter.isWithin(Period.of(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 1, 31)))).isTrue();
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(LocalDate.of(2021, 12, 31), LocalDate.of(2021, 1, 1)))
        .withMessage("end 2021-01-01 is before start 2021-12-31");
    assertThatIllegalArgumentException().isThrownBy(() -> Q3.withEnd(LocalDate.of(2021, 6, 30)))
        .withMessage("end 2021-06-30 is before start 2021-07-01");
  }

  @Test
  void rejectsABlankLabel() {
    assertThatIllegalArgumentException().isThrownBy(() -> Q3.withLabel(" "))
        .withMessage("label must not be blank when given");
    assertThat(Q3.withLabel("2021-Q3").label()).contains("2021-Q3");
    assertThat(Q3.label()).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    assertThat(Period.year(2021))
        .isEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).withLabel("2021"))
        .isNotEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
  }
}
