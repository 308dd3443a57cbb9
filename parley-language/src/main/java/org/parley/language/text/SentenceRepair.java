package org.parley.language.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs OpenNLP's sentence boundaries on news text: no break after a title or unit abbreviation
 * ("Mr.", "Gen.", "sq. miles", "Jan. 5", "No. 10"), after an initial ("John F. Kennedy"), after
 * "U.S." and the like unless a sentence plainly starts next, or before a lower-case word; and a
 * break after a closing quotation mark that ends a sentence ({@code ." He}) when the model missed
 * it. Works on normalised offsets. Stateless.
 */
final class SentenceRepair {
  private static final Set<String> ALWAYS_JOIN =
      Set.of(
          "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof",
          "st", "sq", "no", "nos", "vs", "approx", "jr", "sr", "maj", "adm", "cpl", "pvt", "ft",
          "mt", "rev", "hon", "pres", "fig", "cmdr", "brig", "amb", "messrs", "dept", "gov't");
  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> DOTTED =
      Set.of("u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "u.s.a", "n.y", "l.a");
  private static final Set<String> STARTERS =
      Set.of(
          "the",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "but",
          "and",
          "in",
          "on",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "his",
          "her",
          "their",
          "our",
          "however",
          "meanwhile",
          "there",
          "its",
          "after",
          "as",
          "at",
          "since",
          "while",
          "when",
          "if",
          "so",
          "yet",
          "still",
          "also",
          "for",
          "according",
          "some",
          "many",
          "earlier",
          "later",
          "last",
          "you",
          "my");

  private SentenceRepair() {}

  /** The repaired boundaries of {@code found} (normalised [start, end) pairs, in order). */
  static List<int[]> repair(String text, List<int[]> found) {
    List<int[]> joined = new ArrayList<>();
    for (int[] r : found) {
      if (!joined.isEmpty() && shouldJoin(text, joined.get(joined.size() - 1), r)) {
        joined.get(joined.size() - 1)[1] = r[1];
      } else {
        joined.add(new int[] {r[0], r[1]});
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int[] r : joined) {
      List<int[]> quoted = new ArrayList<>();
      splitAfterClosingQuotes(text, r, quoted);
      for (int[] q : quoted) {
        splitAfterDottedAbbreviation(text, q, out);
      }
    }
    return out;
  }

  private static boolean shouldJoin(String text, int[] prev, int[] next) {
    // offsets, not substrings: a run of joins makes prev long, and copying it each time is
    // quadratic
    int beforeEnd = endWithoutSpace(text, prev[0], prev[1]);
    int afterStart = startWithoutSpace(text, next[0], next[1]);
    if (beforeEnd == prev[0] || afterStart == next[1] || text.charAt(beforeEnd - 1) != '.') {
      return false;
    }
    String word = lastWord(text, prev[0], beforeEnd);
    String first = firstWord(text, afterStart, next[1]);
    char c = text.charAt(afterStart);
    if (Character.isLowerCase(c)) {
      return true;
    }
    if (ALWAYS_JOIN.contains(word)) {
      return true;
    }
    if (MONTHS.contains(word)) {
      return Character.isDigit(c);
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return Character.isUpperCase(c) && !STARTERS.contains(first);
    }
    if (DOTTED.contains(word)) {
      return !STARTERS.contains(first);
    }
    return false;
  }

  /** The end of {@code [from, to)} with trailing whitespace left off. */
  private static int endWithoutSpace(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The start of {@code [from, to)} with leading whitespace left off. */
  private static int startWithoutSpace(String text, int from, int to) {
    int start = from;
    while (start < to && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /** Splits at {@code ." X} / {@code ?" X} / {@code !" X} when X starts a sentence. */
  private static void splitAfterClosingQuotes(String text, int[] r, List<int[]> out) {
    int start = r[0];
    for (int i = r[0] + 2; i < r[1] - 2; i++) {
      char q = text.charAt(i);
      if ((q == '"' || q == '\'')
          && isTerminal(text.charAt(i - 1))
          && text.charAt(i + 1) == ' '
          && startsSentence(text, i + 2, r[1])) {
        out.add(new int[] {start, i + 1});
        start = i + 2;
      }
    }
    out.add(new int[] {start, r[1]});
  }

  /** Splits at "in the U.S. The venue": a dotted abbreviation, then a word that opens sentences. */
  private static void splitAfterDottedAbbreviation(String text, int[] r, List<int[]> out) {
    int start = r[0];
    for (int i = r[0] + 3; i < r[1] - 2; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && text.charAt(i - 2) == '.') {
        String word = lastWord(text, start, i + 1);
        String next = firstWord(text, i + 2, r[1]);
        boolean capital = Character.isUpperCase(text.charAt(i + 2));
        if (DOTTED.contains(word) && capital && STARTERS.contains(next)) {
          out.add(new int[] {start, i + 1});
          start = i + 2;
        }
      }
    }
    out.add(new int[] {start, r[1]});
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  private static boolean startsSentence(String text, int at, int end) {
    char c = text.charAt(at);
    if (c == '"') {
      return at + 1 < end && Character.isUpperCase(text.charAt(at + 1));
    }
    return Character.isUpperCase(c);
  }

  /**
   * The word before the last character of {@code text[from, to)} (which is its full stop), back to
   * a space or an opening parenthesis, in lower case.
   */
  private static String lastWord(String text, int from, int to) {
    int end = to - 1;
    int i = end;
    while (i > from && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
      i--;
    }
    return text.substring(i, end).toLowerCase(Locale.ROOT);
  }

  /** The letters (and apostrophes) that start {@code text[from, to)}, in lower case. */
  private static String firstWord(String text, int from, int to) {
    int i = from;
    while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
      i++;
    }
    return text.substring(from, i).toLowerCase(Locale.ROOT);
  }
}
