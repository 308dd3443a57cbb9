package org.parley.extract.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A lexicon's regular expression, searched as {@link Matcher#find()} searches it in a region, only
 * faster. Two things make the difference, and neither changes a match. A top-level alternation
 * whose alternatives all start with a word boundary ({@code \bdemand\w*|\bcall(?:s|ed)? for}) is
 * compiled as one boundary before the alternation ({@code \b(?:demand\w*|call(?:s|ed)? for)}): the
 * boundary takes no width and is tested at the same place. And when the letters a match can start
 * with are known ({@link FirstLetters}), only the places holding one of them (after a non-word
 * character, when the expression starts with a boundary) are tried, each as the search would try
 * it. Lexicon searches had been a quarter of extraction time. Immutable and thread-safe.
 */
public final class BoundedPattern {
  private static final String BOUNDARY = "\\b";

  private final Pattern pattern;
  private final @Nullable Pattern shifted;
  private final @Nullable BitSet first;
  private final boolean bounded;

  /** A match: [start, end) in the searched text. */
  record Hit(int start, int end) {}

  private BoundedPattern(String regex, int flags) {
    String factored = (flags & Pattern.COMMENTS) == 0 ? factored(regex) : regex;
    this.pattern = Pattern.compile(factored, flags);
    boolean plain = flags == 0 || flags == Pattern.CASE_INSENSITIVE;
    this.first = plain ? FirstLetters.of(factored) : null;
    // the same expression one character on: tried there, it sees the character before, as a search
    this.shifted = first == null ? null : Pattern.compile("(?s:.)(?:" + factored + ")", flags);
    this.bounded = factored.startsWith(BOUNDARY);
  }

  /** {@code regex} compiled with {@code flags}. */
  public static BoundedPattern compile(String regex, int flags) {
    return new BoundedPattern(regex, flags);
  }

  /** The compiled expression, for uses other than these searches. */
  public Pattern pattern() {
    return pattern;
  }

  /** The first match in the region {@code text[from, to)}, as a search of that region finds it. */
  @Nullable Hit first(String text, int from, int to) {
    Matcher[] ms = new Matcher[2];
    return hit(ms, next(ms, text, from, from, to));
  }

  /** Every match in the region {@code text[from, to)}, as successive searches of it find them. */
  List<Hit> all(String text, int from, int to) {
    List<Hit> out = new ArrayList<>();
    Matcher[] ms = new Matcher[2];
    Hit h = hit(ms, next(ms, text, from, from, to));
    while (h != null) {
      out.add(h);
      int next = h.end() == h.start() ? h.end() + 1 : h.end();
      h = hit(ms, next(ms, text, from, next, to));
    }
    return out;
  }

  /**
   * Every match in the region {@code text[from, to)} with its groups, as successive searches of it
   * (a {@link Matcher#find()} loop) find them: [start, end) and the groups, read by name.
   */
  public List<Found> findAll(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    Matcher[] ms = new Matcher[2];
    Matcher m = next(ms, text, from, from, to);
    while (m != null) {
      Hit h = java.util.Objects.requireNonNull(hit(ms, m));
      out.add(new Found(h.start(), h.end(), m.toMatchResult()));
      int next = h.end() == h.start() ? h.end() + 1 : h.end();
      m = next(ms, text, from, next, to);
    }
    return out;
  }

  /**
   * A match with its groups: [start, end) in the searched text, and the match result to read its
   * named groups from (its whole match, group 0, may start one character before {@code start}).
   */
  public record Found(int start, int end, MatchResult groups) {}

  /**
   * The match {@code m} stands at, or null; the shifted matcher's match starts one character on.
   */
  private static @Nullable Hit hit(Matcher[] ms, @Nullable Matcher m) {
    if (m == null) {
      return null;
    }
    return new Hit(m == ms[1] ? m.start() + 1 : m.start(), m.end());
  }

  /** The matcher standing at the first match at {@code at} or later in [from, to), or null. */
  private @Nullable Matcher next(Matcher[] ms, String text, int from, int at, int to) {
    return first == null ? plain(ms, text, from, to) : search(ms, text, from, at, to);
  }

  /** The next match of the region's own search (its matcher kept in {@code ms[0]}). */
  private @Nullable Matcher plain(Matcher[] ms, String text, int from, int to) {
    if (ms[0] == null) {
      ms[0] = pattern.matcher(text).region(from, to);
    }
    return ms[0].find() ? ms[0] : null;
  }

  /** The first match starting at {@code at} or later in the region [from, to). */
  private @Nullable Matcher search(Matcher[] ms, String text, int from, int at, int to) {
    BitSet letters = first;
    for (int q = at; q < to; q++) {
      char c = text.charAt(q);
      if (c >= 128 || !letters.get(Character.toLowerCase(c))) {
        continue;
      }
      if (q > from && text.charAt(q - 1) >= 128) {
        return after(
            text, from, at, to); // a combining mark or a surrogate before: as the search does
      }
      if (bounded && q > from && isAsciiWord(text.charAt(q - 1))) {
        continue; // no word boundary between two word characters
      }
      Matcher m = q == from ? matcher(ms, 0, pattern, text) : matcher(ms, 1, shifted, text);
      if (m.region(q == from ? q : q - 1, to).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The first match at {@code at} or later, from the region's own search: its matches before {@code
   * at} are those already found, so the next one it gives is the one sought.
   */
  private @Nullable Matcher after(String text, int from, int at, int to) {
    Matcher m = pattern.matcher(text).region(from, to);
    while (m.find()) {
      if (m.start() >= at) {
        return m;
      }
    }
    return null;
  }

  private static Matcher matcher(Matcher[] ms, int k, @Nullable Pattern p, String text) {
    if (ms[k] == null) {
      ms[k] = java.util.Objects.requireNonNull(p).matcher(text);
    }
    return ms[k];
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  /** {@code regex} with its common leading word boundary factored out, or as it is. */
  static String factored(String regex) {
    List<String> alternatives = alternatives(regex);
    if (alternatives == null || alternatives.size() < 2) {
      return regex;
    }
    StringBuilder out = new StringBuilder(BOUNDARY).append("(?:");
    for (int k = 0; k < alternatives.size(); k++) {
      String a = alternatives.get(k);
      if (!a.startsWith(BOUNDARY) || startsWithQuantifier(a.substring(BOUNDARY.length()))) {
        return regex;
      }
      out.append(k > 0 ? "|" : "").append(a, BOUNDARY.length(), a.length());
    }
    return out.append(')').toString();
  }

  private static boolean startsWithQuantifier(String rest) {
    return !rest.isEmpty() && "?*+{".indexOf(rest.charAt(0)) >= 0;
  }

  /** The top-level alternatives of {@code regex}, or null when it cannot be split safely. */
  private static @Nullable List<String> alternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
          return null;
        }
        i++;
      } else if (inClass) {
        if (c == '[') {
          return null;
        }
        inClass = c != ']';
      } else if (c == '[') {
        if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
          return null; // a leading ']' is a member, not the end: not read here
        }
        inClass = true;
      } else if (c == '(' || c == ')') {
        depth += c == '(' ? 1 : -1;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return depth == 0 && !inClass ? out : null;
  }
}
