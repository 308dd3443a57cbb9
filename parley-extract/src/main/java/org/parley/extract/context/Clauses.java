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
    Matcher m = BOUNDARY.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }

  /** The clause [start, end) of the sentence [from, to) that holds offset {@code n}. */
  public static int[] around(String text, int from, int to, int n) {
    int start = from;
    int end = to;
    Matcher m = BOUNDARY.matcher(text).region(from, to);
    while (m.find()) {
      if (m.end() <= n) {
        start = m.end();
      } else if (m.start() >= n) {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /** Whether the clause starting at {@code start} is introduced by "when" (it shares a time). */
  public static boolean startsWithWhen(String text, int start) {
    return text.regionMatches(true, start, "when ", 0, 5);
  }
}
