package dev.mom.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean …?" for names a consultant mistyped: the closest known name by edit distance. Not part
 * of the API.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The known name closest to {@code typed}, if it is close enough to be a likely typo: at most a third of
   * the longer name's characters differ (at least one edit allowed), compared without regard to case.
   * Ties go to the name that comes first in {@code known}.
   *
   * @param typed the unknown name; not null
   * @param known the names that would have been accepted, in a stable order; not null
   * @return the suggestion, or empty if nothing is close
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowerTyped = typed.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lowerTyped, candidate.toLowerCase(java.util.Locale.ROOT));
      int allowed = Math.max(1, Math.max(typed.length(), candidate.length()) / 3);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
   * neighbouring characters each cost 1.
   *
   * @param a a text; not null
   * @param b a text; not null
   * @return the number of edits that turn {@code a} into {@code b}
   */
  public static int distance(String a, String b) {
    if (a.length() > 256 || b.length() > 256) {
      return Math.max(a.length(), b.length());
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
