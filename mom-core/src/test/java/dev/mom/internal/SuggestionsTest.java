package dev.mom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    // kitten → sitten (substitute k) → sittin (substitute e) → sitting (insert g): 3
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("sales", "sales")).isZero();
    // "saels" → "sales" swaps the neighbours 'e' and 'l': one edit (Levenshtein would count two)
    assertThat(Suggestions.distance("saels", "sales")).isEqualTo(1);
  }

  @Test
  void suggestsTheClosestNameWithinAThirdOfItsLength() {
    List<String> known = List.of("id", "name", "description");

    assertThat(Suggestions.closest("nmae", known)).contains("name");
    assertThat(Suggestions.closest("NAME", known)).contains("name");
    assertThat(Suggestions.closest("descripton", known)).contains("description");
    // "colour" is 5 or more edits from every known name: no suggestion
    assertThat(Suggestions.closest("colour", known)).isEmpty();
  }

  @Test
  void aTieGoesToTheNameListedFirst() {
    // "cat" is one substitution from both "bat" and "cot"
    assertThat(Suggestions.closest("cat", List.of("bat", "cot"))).contains("bat");
    assertThat(Suggestions.closest("cat", List.of("cot", "bat"))).contains("cot");
  }
}
