package dev.mom.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

  @Test
  void uniqueNamesTheFirstRepeatAndTheFirstPlaceOfItsKey() {
    // keys by first letter: a b a b a; the first repeat is [2] ('a', first at [0]); [3] is never reached
    List<String> words = List.of("apple", "berry", "avocado", "banana", "apricot");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.unique(words, w -> w.charAt(0), "fruits", "initial"))
        .withMessage("fruits[2].initial 'a' is already used by fruits[0]");
  }

  @Test
  void uniqueWorksOnAnyIterableAndWithoutAKeyName() {
    // not a Collection, so no size to presize with; the elements are the keys: [3] repeats [1]
    Iterable<String> ids = () -> List.of("x", "y", "z", "y").iterator();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.unique(ids, s -> s, "ids", ""))
        .withMessage("ids[3] 'y' is already used by ids[1]");
  }

  @Test
  void uniqueAcceptsDistinctKeysIncludingOneNull() {
    List<String> values = new ArrayList<>();
    values.add("a");
    values.add(null);
    values.add("b");
    assertThatCode(() -> Checks.unique(values, v -> v, "values", "")).doesNotThrowAnyException();
    values.add(null);
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.unique(values, v -> v, "values", ""))
        .withMessage("values[3] 'null' is already used by values[1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u0000", "\u007f\u0085", "\u2003", " \u3000 "})
  void notBlankRejectsWhiteSpaceAndControlCharactersOnly(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.notBlank(text, "title"))
        .withMessage("title must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "  a", "\t\u0000x", "\u00a0", "😀", " \ud800", "\udc00 "})
  void notBlankAcceptsAnyOtherCharacter(String text) {
    // U+00A0 (no-break space) is not white space to Character.isWhitespace; an emoji is one code point;
    // a lone surrogate is a character of its own
    assertThatCode(() -> Checks.notBlank(text, "title")).doesNotThrowAnyException();
  }
}
