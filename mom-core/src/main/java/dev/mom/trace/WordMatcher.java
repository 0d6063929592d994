package dev.mom.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds a playbook's words and phrases in a text: both are split into runs of letters and digits,
 * lower-cased (root locale); a phrase matches consecutive runs of the text. Immutable and thread-safe.
 */
final class WordMatcher {

  private final List<String> phrases;
  private final List<List<String>> tokenised;

  WordMatcher(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
    this.tokenised = new ArrayList<>();
    for (String phrase : phrases) {
      tokenised.add(tokens(phrase));
    }
  }

  /** The runs of letters and digits of a text, lower-cased. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      tokens.add(text.substring(start).toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  /** The tokens of each text, for {@link #findIn(List)}. */
  static List<List<String>> tokenise(List<String> texts) {
    List<List<String>> tokenised = new ArrayList<>(texts.size());
    for (String text : texts) {
      tokenised.add(tokens(text));
    }
    return tokenised;
  }

  /**
   * The phrases found in any of the texts, each once, in the order the playbook lists them, as the playbook
   * writes them.
   */
  List<String> find(List<String> texts) {
    return findIn(tokenise(texts));
  }

  /** The phrases found in any of the texts, as {@link #find(List)} finds them, in the texts' {@link #tokenise tokens}. */
  List<String> findIn(List<List<String>> tokenisedTexts) {
    List<String> found = null;
    for (int p = 0; p < phrases.size(); p++) {
      List<String> phrase = tokenised.get(p);
      if (phrase.isEmpty()) {
        continue;
      }
      for (List<String> text : tokenisedTexts) {
        if (contains(text, phrase)) {
          found = found == null ? new ArrayList<>() : found;
          if (!found.contains(phrases.get(p))) {
            found.add(phrases.get(p));
          }
          break;
        }
      }
    }
    return found == null ? List.of() : List.copyOf(found);
  }

  private static boolean contains(List<String> text, List<String> phrase) {
    for (int start = 0; start + phrase.size() <= text.size(); start++) {
      boolean match = true;
      for (int i = 0; i < phrase.size() && match; i++) {
        match = text.get(start + i).equals(phrase.get(i));
      }
      if (match) {
        return true;
      }
    }
    return false;
  }
}
