package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ScalarCodecs#date(String)} reads by hand what {@link LocalDate#parse} accepts among 10-character texts. */
class DateReadingTest {

  /** What the reader accepted before it read digits by hand: LocalDate.parse, for texts of 10 characters. */
  private static LocalDate parsed(String text) {
    if (text.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void agreesWithLocalDateParseOnEveryMonthAndDayWrittenWithTwoDigits() {
    // months 00-13 and days 00-32 in a leap year, a common year, a century that is not a leap year (1900),
    // one that is (2000), and years 0000 and 9999: every invalid day (30 February, 31 April, day 0, month 13)
    // is refused by both
    List<String> texts = new ArrayList<>();
    for (String year : List.of("2024", "2023", "1900", "2000", "0000", "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          texts.add(String.format("%s-%02d-%02d", year, month, day));
        }
      }
    }
    for (String text : texts) {
      assertThat(ScalarCodecs.date(text)).as(text).isEqualTo(parsed(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-03-31", "2021-3-31", "2021-03-3", "20210331", "2021/03/31", "+2021-03-3",
      "-999-03-31", "+999-03-31", "2021-03-31 ", " 2021-03-31", "2021-0a-31", "２０２１-03-31", "2021-03-３1",
      "21-03-2021", "0000-01-01", "2021-02-29", "2020-02-29", "", "2021-03-310", "2021-03-31T"})
  void agreesWithLocalDateParseOnOtherShapes(String text) {
    // full-width digits, signs, other separators and other lengths: refused by both (or read by both)
    assertThat(ScalarCodecs.date(text)).as(text).isEqualTo(parsed(text));
  }

  @Test
  void agreesWithLocalDateParseOnRandomTextsOfDigitsAndDashes() {
    long seed = 20261128L;
    Random random = new Random(seed);
    String alphabet = "0123456789-+";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < 10; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertThat(ScalarCodecs.date(t)).as("seed %d: %s", seed, t).isEqualTo(parsed(t));
    }
  }
}
