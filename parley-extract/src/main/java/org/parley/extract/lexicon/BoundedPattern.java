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

  /**
   * For each first letter, the number of its narrowed expressions in {@link #narrowed} (the same
   * number for letters whose alternatives are the same), or -1 where the whole one is tried.
   */
  private final int[] byLetter;

  /** The narrowed expressions, each followed by its shifted copy. */
  private final Pattern[] narrowed;

  /**
   * Each thread's matchers of the searches by first letter, kept from one search to the next (with
   * the text each was last given): a matcher for each narrowed expression made anew for every
   * search had cost what narrowing saved. Matchers are never shared between threads.
   */
  private final ThreadLocal<Slots> slots;

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
    this.byLetter = new int[128];
    java.util.Arrays.fill(byLetter, -1);
    List<Pattern> out = new ArrayList<>();
    if (first != null && !factored.equals(regex) && isNarrowable(regex)) {
      narrow(java.util.Objects.requireNonNull(alternatives(regex)), flags, out);
    }
    this.narrowed = out.toArray(new Pattern[0]);
    int n = 2 + narrowed.length;
    this.slots = ThreadLocal.withInitial(() -> new Slots(n));
  }

  /** One thread's matchers: the whole expression, its shifted copy, then the narrowed ones. */
  private static final class Slots {
    private final @Nullable Matcher[] matchers;
    private final @Nullable String[] texts;

    Slots(int n) {
      this.matchers = new Matcher[n];
      this.texts = new String[n];
    }
  }

  /**
   * Fills {@link #byLetter} and {@code out}: for each first letter, the boundary and only those
   * alternatives that may start with it, in their order. At a place holding that letter the others
   * cannot match, and nothing follows the alternation, so the first alternative that matches there
   * and its match are the same: Java's search tries the alternatives one by one, and a long list of
   * them had cost more than the match itself.
   */
  private void narrow(List<String> alternatives, int flags, List<Pattern> out) {
    List<@Nullable BitSet> starts = new ArrayList<>();
    for (String a : alternatives) {
      starts.add(FirstLetters.of(a.substring(BOUNDARY.length())));
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    BitSet letters = java.util.Objects.requireNonNull(first);
    for (int c = letters.nextSetBit(0); c >= 0 && c < 128; c = letters.nextSetBit(c + 1)) {
      StringBuilder kept = new StringBuilder();
      int n = 0;
      for (int k = 0; k < alternatives.size(); k++) {
        BitSet s = starts.get(k);
        if (s == null || s.get(c)) {
          String a = alternatives.get(k);
          kept.append(n++ > 0 ? "|" : "").append(a, BOUNDARY.length(), a.length());
        }
      }
      if (n == 0 || n == alternatives.size()) {
        continue; // the whole expression, as before
      }
      String regex = BOUNDARY + "(?:" + kept + ")";
      Integer at = seen.get(regex);
      if (at == null) {
        at = out.size();
        seen.put(regex, at);
        out.add(Pattern.compile(regex, flags));
        out.add(Pattern.compile("(?s:.)(?:" + regex + ")", flags));
      }
      byLetter[c] = at;
    }
  }

  /**
   * Whether leaving alternatives out changes nothing else: no inline flags (they would reach the
   * alternatives after them), named groups or back references.
   */
  private static boolean isNarrowable(String regex) {
    for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 1)) {
      if (i > 0 && regex.charAt(i - 1) == '\\' || i + 2 >= regex.length()) {
        return false;
      }
      char c = regex.charAt(i + 2);
      boolean look = c == '<' && i + 3 < regex.length() && "=!".indexOf(regex.charAt(i + 3)) >= 0;
      if (!(c == ':' || c == '=' || c == '!' || look)) {
        return false;
      }
    }
    return !regex.matches("(?s).*\\\\(?:[0-9]|k<).*");
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
    Matcher[] ms = matchers();
    return hit(ms, next(ms, text, from, from, to));
  }

  /** Every match in the region {@code text[from, to)}, as successive searches of it find them. */
  List<Hit> all(String text, int from, int to) {
    List<Hit> out = new ArrayList<>();
    Matcher[] ms = matchers();
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
    Matcher[] ms = matchers();
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
    return new Hit(isShifted(ms, m) ? m.start() + 1 : m.start(), m.end());
  }

  /** Whether {@code m} is one of the shifted matchers (those kept at odd places in {@code ms}). */
  private static boolean isShifted(Matcher[] ms, Matcher m) {
    for (int k = 1; k < ms.length; k += 2) {
      if (ms[k] == m) {
        return true;
      }
    }
    return false;
  }

  /**
   * The matchers a search keeps: fresh ones for the region's own search (it goes on from where its
   * matcher stands), else this thread's.
   */
  private Matcher[] matchers() {
    return first == null ? new Matcher[2] : slots.get().matchers;
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
      int k = byLetter[Character.toLowerCase(c)];
      Matcher m =
          k < 0
              ? q == from ? matcher(ms, 0, pattern, text) : matcher(ms, 1, shifted, text)
              : q == from
                  ? matcher(ms, 2 + k, narrowed[k], text)
                  : matcher(ms, 3 + k, narrowed[k + 1], text);
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

  private Matcher matcher(Matcher[] ms, int k, @Nullable Pattern p, String text) {
    String[] texts = slots.get().texts;
    if (ms[k] == null) {
      ms[k] = java.util.Objects.requireNonNull(p).matcher(text);
      texts[k] = text;
    } else if (texts[k] != text) {
      ms[k].reset(text);
      texts[k] = text;
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
