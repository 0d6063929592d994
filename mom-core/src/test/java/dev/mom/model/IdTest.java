package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

  private static final String NO_CAPITALS =
      "': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.' (no capitals, no spaces)";

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "-", "_", ".", "sales", "sales-led", "kr_1.2", "2021-q3", "a.b_c-d9"})
  void acceptsLowercaseDigitsAndTheThreeMarks(String text) {
    assertThat(Id.isValid(text)).isTrue();
    assertThat(Id.of(text).value()).isEqualTo(text);
    assertThat(Id.of(text).toString()).isEqualTo(text);
  }

  @Test
  void acceptsSixtyFourCharacters() {
    String text = "a".repeat(64);
    assertThat(Id.isValid(text)).isTrue();
    assertThat(Id.of(text).value()).hasSize(64).isEqualTo(text);
  }

  @Test
  void rejectsSixtyFiveCharactersSayingHowMany() {
    String text = "a".repeat(65);
    assertThat(Id.isValid(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(text))
        .withMessage("invalid id '" + text + "': an id has at most 64 characters, this one has 65");
  }

  @Test
  void rejectsEmpty() {
    assertThat(Id.isValid("")).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(""))
        .withMessage("invalid id '': an id must not be empty");
  }

  @Test
  void rejectsCapitals() {
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of("Sales"))
        .withMessage("invalid id 'Sales" + NO_CAPITALS);
  }

  @Test
  void rejectsSpaces() {
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of("sales led"))
        .withMessage("invalid id 'sales led" + NO_CAPITALS);
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(" sales"))
        .withMessage("invalid id ' sales" + NO_CAPITALS);
  }

  @Test
  void documentedExampleMessage() {
    assertThat(Id.describeInvalid("Sales Led"))
        .isEqualTo("invalid id 'Sales Led': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.'"
            + " (no capitals, no spaces)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sales/led", "sales:led", "é", "ı", "İd", "a\n", "\na", "a b", "a\u00a0b", "a+b", "😀"})
  void rejectsOtherCharacters(String text) {
    assertThat(Id.isValid(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(text))
        .withMessage("invalid id '" + text + NO_CAPITALS);
  }

  @Test
  void rejectsNullWithNpeNamingId() {
    assertThatNullPointerException().isThrownBy(() -> Id.of(null)).withMessage("id");
  }

  @Test
  void truncatesLongTextsInMessagesAfterEightyCharacters() {
    // 100 characters: over 64, so the length message; shown are the first 80 and an ellipsis
    String text = "x".repeat(100);
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(text))
        .withMessage("invalid id '" + "x".repeat(80) + "…': an id has at most 64 characters, this one has 100");
  }

  @Test
  void neverCutsASurrogatePairWhenTruncating() {
    // 79 'a's then '😀' (2 UTF-16 units: chars 79 and 80) then 10 'b's: 90 characters (code points), 91 UTF-16 units.
    // Cutting at char 80 would leave a lone high surrogate, which UTF-8 writers reject; the cut must
    // fall before or after the whole emoji; the count is of characters, 79 + 1 + 10 = 90.
    String text = "a".repeat(79) + "😀" + "b".repeat(10);
    String message = Id.describeInvalid(text);
    assertThat(message.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF))
        .as("lone surrogate in %s", message).isFalse();
    assertThat(message).isEqualTo("invalid id '" + "a".repeat(79) + "😀…': an id has at most 64 characters, this one has 90");
  }

  @Test
  void countsCharactersAsUsersSeeThemInTheLengthMessage() {
    // 33 emoji: 33 characters to a reader, 66 UTF-16 units. It is not too long; it has wrong characters.
    String text = "😀".repeat(33);
    assertThat(Id.describeInvalid(text)).isEqualTo("invalid id '" + text + NO_CAPITALS);
  }

  @Test
  void equalityAndHashAreByText() {
    assertThat(Id.of("sales")).isEqualTo(Id.of("sales")).hasSameHashCodeAs(Id.of("sales"))
        .isNotEqualTo(Id.of("sales-led")).isNotEqualTo("sales");
  }

  @Test
  void ordersByText() {
    // String order: '-' (0x2D) < '.' (0x2E) < '0' (0x30) < '_' (0x5F) < 'a' (0x61)
    List<Id> ids = new ArrayList<>(List.of(Id.of("a"), Id.of("_"), Id.of("0"), Id.of("."), Id.of("-"), Id.of("ab")));
    Collections.sort(ids);
    assertThat(ids).extracting(Id::value).containsExactly("-", ".", "0", "_", "a", "ab");
    assertThat(Id.of("b").compareTo(Id.of("a"))).isPositive();
    assertThat(Id.of("a").compareTo(Id.of("a"))).isZero();
  }

  @Test
  void acceptsExactlyWhatThePublishedPatternMatches() {
    // isValid checks the characters by hand; it must agree with PATTERN on every UTF-16 unit, alone and
    // between valid characters, and on every length around the limits (0, 1, 63, 64, 65)
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(Id.PATTERN);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String alone = String.valueOf((char) c);
      String inside = "a" + (char) c + "b";
      assertThat(Id.isValid(alone)).as("U+%04X", c).isEqualTo(pattern.matcher(alone).matches());
      assertThat(Id.isValid(inside)).as("a U+%04X b", c).isEqualTo(pattern.matcher(inside).matches());
    }
    for (int length : new int[] {0, 1, 63, 64, 65}) {
      String text = "k".repeat(length);
      assertThat(Id.isValid(text)).as("length %d", length).isEqualTo(pattern.matcher(text).matches());
    }
  }

  @Test
  void publishesPatternAndMaxLength() {
    assertThat(Id.MAX_LENGTH).isEqualTo(64);
    assertThat(Id.PATTERN).isEqualTo("[a-z0-9._-]{1,64}");
  }
}
