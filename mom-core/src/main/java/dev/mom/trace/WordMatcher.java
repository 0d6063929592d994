package dev.mom.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    StringBuilder current = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c)) {
        current.appendCodePoint(c);
      } else if (current.length() > 0) {
        tokens.add(current.toString().toLowerCase(Locale.ROOT));
        current.setLength(0);
      }
    });
    if (current.length() > 0) {
      tokens.add(current.toString().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  /**
   * The phrases found in any of the texts, each once, in the order the playbook lists them, as the playbook
   * writes them.
   */
  List<String> find(List<String> texts) {
    List<List<String>> tokenisedTexts = new ArrayList<>();
    for (String text : texts) {
      tokenisedTexts.add(tokens(text));
    }
    Set<String> found = new LinkedHashSet<>();
    for (int p = 0; p < phrases.size(); p++) {
      List<String> phrase = tokenised.get(p);
      if (phrase.isEmpty()) {
        continue;
      }
      for (List<String> text : tokenisedTexts) {
        if (contains(text, phrase)) {
          found.add(phrases.get(p));
          break;
        }
      }
    }
    return List.copyOf(found);
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
