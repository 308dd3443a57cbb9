package org.parley.language.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;

/**
 * Finds time expressions in a body and resolves them against the document date (see {@link
 * TimeResolver}). One pass over the words finds anchors (a month, a weekday, a year, "ago", "week",
 * "end of"); the pattern of each kind the anchor allows is tried only there, so the cost follows
 * the number of anchors, not the length of the text. Overlapping matches keep the longest. Without
 * a document date only expressions that name their own year are resolved. Stateless and
 * thread-safe.
 */
public final class TimeFinder {
  private static final List<String> KINDS =
      List.of(
          "full",
          "iso",
          "monthYear",
          "yearEdge",
          "season",
          "monthDay",
          "ago",
          "period",
          "weekday",
          "dayWord",
          "monthOnly",
          "thatYear",
          "year");
  private static final Map<String, Pattern> PATTERNS =
      Map.ofEntries(
          Map.entry("full", TimePatterns.FULL_DATE),
          Map.entry("iso", TimePatterns.ISO_DATE),
          Map.entry("monthYear", TimePatterns.MONTH_YEAR),
          Map.entry("yearEdge", TimePatterns.YEAR_EDGE),
          Map.entry("season", TimePatterns.SEASON),
          Map.entry("monthDay", TimePatterns.MONTH_DAY),
          Map.entry("ago", TimePatterns.AGO),
          Map.entry("period", TimePatterns.PERIOD),
          Map.entry("weekday", TimePatterns.WEEKDAY),
          Map.entry("dayWord", TimePatterns.DAY_WORD),
          Map.entry("monthOnly", TimePatterns.MONTH_ONLY),
          Map.entry("thatYear", TimePatterns.THAT_YEAR),
          Map.entry("year", TimePatterns.BARE_YEAR));
  private static final List<String> MONTH_KINDS =
      List.of("full", "monthYear", "monthDay", "monthOnly");
  private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
  private static final Map<String, List<String>> ANCHORS = anchors();

  /** The resolved time expressions of {@code text}, in document order. */
  public List<TimeExpression> find(SentencedText text, @Nullable LocalDate documentDate) {
    String norm = text.text();
    List<Word> words = text.words();
    Matchers matchers = new Matchers(norm);
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (String kind : kindsAt(words, i)) {
        int start = kind.equals("ago") ? -1 : words.get(i).start();
        if ((kind.equals("thatYear") && words.get(i).key().equals("same")
                || kind.equals("dayWord") && words.get(i).key().equals("day"))
            && i > 0) {
          start = words.get(i - 1).start(); // "the day before", "a day earlier"
        }
        MatchResult m = kind.equals("ago") ? ago(matchers, words, i) : matchers.at(kind, start);
        if (m != null && m.end() > m.start()) {
          found.add(
              new Found(KINDS.indexOf(kind), new Hit(m, Prefixes.read(norm, m.start(), kind))));
        }
      }
    }
    TimeResolver resolver = new TimeResolver(text, documentDate);
    List<TimeExpression> out = new ArrayList<>();
    for (Found f : nonOverlapping(found)) {
      TimeExpression t = resolver.resolve(KINDS.get(f.kind()), f.match());
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /** The kinds whose pattern may start at word {@code i} (or, for "ago", end there). */
  private static List<String> kindsAt(List<Word> words, int i) {
    Word w = words.get(i);
    String k = w.key();
    if (!k.isEmpty() && Character.isDigit(k.charAt(0))) {
      if (k.length() == 4 && k.chars().allMatch(Character::isDigit)) {
        return List.of("iso", "year");
      }
      return k.length() <= 4 && DAY_NUMBER.matcher(k).matches()
          ? List.of("full", "monthDay")
          : List.of();
    }
    List<String> kinds = ANCHORS.get(k);
    if (kinds == null) {
      return List.of();
    }
    if (kinds == MONTH_KINDS && !w.isCapitalized()) {
      return List.of();
    }
    return kinds;
  }

  /** Anchor words and the kinds of expression they may start. */
  private static Map<String, List<String>> anchors() {
    Map<String, List<String>> m = new java.util.HashMap<>();
    putAll(m, monthWords(), MONTH_KINDS);
    putAll(
        m,
        List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        List.of("weekday"));
    putAll(
        m, List.of("yesterday", "today", "tonight", "tomorrow", "overnight"), List.of("dayWord"));
    putAll(m, List.of("past", "previous", "coming", "next"), List.of("period"));
    m.put("last", List.of("dayWord", "period"));
    m.put("this", List.of("dayWord", "period"));
    putAll(
        m, List.of("end", "beginning", "start", "middle", "first", "second"), List.of("yearEdge"));
    putAll(m, List.of("spring", "summer", "autumn", "fall", "winter"), List.of("season"));
    m.put("ago", List.of("ago"));
    m.put("day", List.of("dayWord"));
    m.put("that", List.of("thatYear"));
    m.put("same", List.of("thatYear"));
    return Map.copyOf(m);
  }

  /** Month names, full and abbreviated ("sept" as well as "sep"). */
  private static List<String> monthWords() {
    return List.of(
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec");
  }

  private static void putAll(Map<String, List<String>> m, List<String> words, List<String> kinds) {
    for (String word : words) {
      m.put(word, kinds);
    }
  }

  /** "N units ago": tried from each of the four words before "ago", the longest kept. */
  private static @Nullable MatchResult ago(Matchers matchers, List<Word> words, int agoAt) {
    MatchResult best = null;
    for (int back = 2; back <= 5 && agoAt - back >= 0; back++) {
      MatchResult m = matchers.at("ago", words.get(agoAt - back).start());
      if (m != null && m.end() == words.get(agoAt).end()) {
        best = m;
      }
    }
    return best;
  }

  private static List<Found> nonOverlapping(List<Found> found) {
    found.sort(
        Comparator.comparingInt((Found f) -> f.match().start())
            .thenComparingInt(f -> -(f.match().end() - f.match().start()))
            .thenComparingInt(Found::kind));
    List<Found> kept = new ArrayList<>();
    int end = -1;
    for (Found f : found) {
      if (f.match().start() >= end) {
        kept.add(f);
        end = f.match().end();
      }
    }
    return kept;
  }

  /** One matcher per kind over the text, tried at a position with transparent bounds. */
  private static final class Matchers {
    private final String norm;
    private final Map<String, Matcher> byKind = new java.util.HashMap<>();

    Matchers(String norm) {
      this.norm = norm;
    }

    @Nullable MatchResult at(String kind, int start) {
      Matcher m = byKind.computeIfAbsent(kind, k -> PATTERNS.get(k).matcher(norm));
      m.useTransparentBounds(true).useAnchoringBounds(false);
      m.region(start, Math.min(norm.length(), start + 80));
      return m.lookingAt() ? m.toMatchResult() : null;
    }
  }

  private record Found(int kind, MatchResult match) {}
}
