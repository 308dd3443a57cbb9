package org.parley.language.time;

import java.util.List;
import java.util.Locale;

/**
 * Reads the words before the core of a time expression, nearest first: a part ("late", "early",
 * "mid-", "the end of", "earlier"), then a preposition or bound ("by", "since", "as of", "less
 * than", "last", "the"). Which words count depends on the kind of expression.
 */
final class Prefixes {
  static final List<String> PARTS = List.of("the end of", "end of", "early", "mid", "late");
  static final List<String> PERIOD_PARTS = List.of("earlier", "later");
  static final List<String> PREPS =
      List.of(
          "on or before",
          "on or after",
          "no later than",
          "not later than",
          "as of",
          "on",
          "in",
          "since",
          "by",
          "until",
          "till",
          "before",
          "after",
          "from",
          "during",
          "through",
          "throughout",
          "starting",
          "beginning");
  static final List<String> WEEKDAY_PREPS =
      List.of(
          "earlier on",
          "later on",
          "last",
          "this",
          "next",
          "on",
          "since",
          "by",
          "until",
          "before",
          "after",
          "from");
  static final List<String> BOUNDS =
      List.of(
          "just over",
          "just under",
          "less than",
          "more than",
          "nearly",
          "almost",
          "about",
          "around",
          "over",
          "under",
          "some",
          "roughly");

  private Prefixes() {}

  /** What was read before normalised offset {@code start}: new start, part and preposition. */
  record Prefix(int start, String part, String prep) {}

  static Prefix read(String norm, int start, String kind) {
    int at = start;
    String part = "";
    if (at >= 4 && norm.startsWith("mid-", at - 4)) {
      part = "mid";
      at -= 4;
    }
    List<String> parts =
        switch (kind) {
          case "period" -> PERIOD_PARTS;
          case "yearEdge" -> List.of("the");
          case "weekday", "ago", "dayWord", "thatYear", "iso", "year" -> List.of();
          default -> PARTS;
        };
    if (part.isEmpty()) {
      int p = match(norm, at, parts);
      if (p >= 0) {
        part = norm.substring(p, wordStart(norm, at)).strip().toLowerCase(Locale.ROOT);
        at = p;
      }
    }
    List<String> preps =
        switch (kind) {
          case "weekday" -> WEEKDAY_PREPS;
          case "ago" -> BOUNDS;
          case "period" -> withThe(PREPS);
          default -> PREPS;
        };
    String prep = "";
    int p = match(norm, at, preps);
    if (p >= 0) {
      prep = norm.substring(p, wordStart(norm, at)).strip().toLowerCase(Locale.ROOT);
      at = p;
    }
    return new Prefix(at, part, prep);
  }

  private static List<String> withThe(List<String> preps) {
    List<String> out = new java.util.ArrayList<>(preps);
    out.add(0, "the");
    return out;
  }

  /** The start of the longest phrase of {@code options} that ends right before {@code at}. */
  private static int match(String norm, int at, List<String> options) {
    int end = wordStart(norm, at);
    if (end == at) {
      return -1; // no space before the core: not a separate word
    }
    int best = -1;
    for (String o : options) {
      int s = end - o.length();
      if (s >= 0
          && norm.regionMatches(true, s, o, 0, o.length())
          && (s == 0 || !Character.isLetterOrDigit(norm.charAt(s - 1)))
          && (best < 0 || s < best)) {
        best = s;
      }
    }
    return best;
  }

  /** The offset just after the word before {@code at}, skipping the spaces between. */
  private static int wordStart(String norm, int at) {
    int i = at;
    while (i > 0 && norm.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }
}
