package org.parley.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause boundaries inside a sentence of normalised text, from punctuation and subordinators: a
 * semicolon, a spaced dash, and a comma before "when", "while", "but", "though", "although",
 * "whereas", "which" or "as". Good enough to keep a hedge ("reportedly"), a time ("in 2014") or a
 * stance to the stretch of text it governs. Stateless.
 */
public final class Clauses {
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ";|\\s-{1,2}\\s|,\\s+(?=(?:when|while|with|but|though|although|whereas|which|as|since"
              + "|after|before|because|meaning|adding|saying|if|unless|once|provided)\\b)|\\s(?=but\\b)|:\\s",
          Pattern.CASE_INSENSITIVE);

  private Clauses() {}

  /** The boundary offsets inside [from, to): each the start of the separator. */
  public static List<Integer> boundaries(String text, int from, int to) {
    List<Integer> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text);
    for (int at = from; next(m, text, at, to); at = m.end()) {
      out.add(m.start());
    }
    return out;
  }

  /** The clause [start, end) of the sentence [from, to) that holds offset {@code n}. */
  public static int[] around(String text, int from, int to, int n) {
    int start = from;
    int end = to;
    Matcher m = BOUNDARY.matcher(text);
    for (int at = from; next(m, text, at, to); at = m.end()) {
      if (m.end() <= n) {
        start = m.end();
      } else if (m.start() >= n) {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /**
   * Finds the first boundary at {@code at} or later in [at, to), leaving it in {@code m}, as a
   * search of the sentence's region finds it: only where one can start (';', or ',' and ':' before
   * a space, or a space before '-' or 'b') is the expression tried. It reads nothing before the
   * place it is tried at, so trying it in a region starting there is the same; {@code \\s} is ASCII
   * white space.
   */
  private static boolean next(Matcher m, String text, int at, int to) {
    for (int q = at; q < to; q++) {
      char c = text.charAt(q);
      char d = q + 1 < to ? text.charAt(q + 1) : ' ';
      boolean may =
          c == ';'
              || (c == ',' || c == ':') && q + 1 < to && isSpace(d)
              || isSpace(c) && q + 1 < to && (d == '-' || d == 'b' || d == 'B');
      if (may && m.region(q, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether the clause starting at {@code start} is introduced by "when" (it shares a time). */
  public static boolean startsWithWhen(String text, int start) {
    return text.regionMatches(true, start, "when ", 0, 5);
  }
}
