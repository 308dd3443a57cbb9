package org.parley.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.SentencedText;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * Resolves one match of {@link TimePatterns} against the document date. Past readings are the
 * default ("on Friday" is the latest Friday on or before the document date); a future marker in the
 * clause ("will", "is due to", "next") turns weekday and month-day readings forward. "That year"
 * and "the end of the year" take the last explicit year of the recent text. One instance serves one
 * document, in document order (it remembers that year).
 */
final class TimeResolver {
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(will|shall|is due to|are due to|(?:is|are) scheduled|(?:is|are) set to|"
              + "(?:is|are) expected to|plans? to|planned|upcoming|to be held|next)\\b");

  /** One of these stands in every match of {@link #FUTURE}: a cheap test that spares its search. */
  private static final List<String> FUTURE_WORDS =
      List.of(
          "will",
          "shall",
          "due to",
          "scheduled",
          "set to",
          "expected to",
          "plan",
          "upcoming",
          "to be held",
          "next");

  private static final Pattern REPORTED_BEFORE =
      Pattern.compile(
          "\\b(said|says|told|announced|confirmed|reported|stated|noted|added|claimed|wrote"
              + "|stressed|warned|declared|tweeted|insisted)\\s*$");

  private final SentencedText text;
  private final @Nullable LocalDate doc;
  private int contextYear;
  private int contextSentence = -10;

  TimeResolver(SentencedText text, @Nullable LocalDate documentDate) {
    this.text = text;
    this.doc = documentDate;
  }

  @Nullable TimeExpression resolve(String kind, MatchResult m) {
    boolean future = isFuture(m.start(), m.end());
    TimeModifier mod = modifier(group(m, "prep"));
    Span span = text.span(m.start(), m.end());
    String original = text.aligned().originalText(span);
    Window w = window(kind, m, future, mod);
    if (w == null) {
      return null;
    }
    if (hasExplicitYear(kind, m)) {
      contextYear = w.value().year();
      contextSentence = text.sentenceAt(m.start());
    }
    TimeModifier finalMod = w.modifier() != null ? w.modifier() : mod;
    return new TimeExpression(
        span, original, w.value(), finalMod, w.from(), w.to(), isReporting(m.start()));
  }

  private @Nullable Window window(String kind, MatchResult m, boolean future, TimeModifier mod) {
    return switch (kind) {
      case "full" -> fullDate(m);
      case "iso" -> Window.of(PartialDate.parse(m.group("iso")));
      case "monthYear" -> monthYear(m);
      case "yearEdge" -> yearEdge(m);
      case "season" -> Seasons.resolve(m, relativeYear(group(m, "rel"), m), group(m, "year"));
      case "thatYear" -> contextYear > 0 ? Window.of(PartialDate.ofYear(contextYear)) : null;
      case "year" -> Window.of(PartialDate.ofYear(Integer.parseInt(m.group("year"))));
      default -> doc == null ? null : relative(kind, m, doc, future);
    };
  }

  private @Nullable Window relative(String kind, MatchResult m, LocalDate d, boolean future) {
    return switch (kind) {
      case "monthDay" -> monthDay(m, d, future);
      case "ago" -> RelativePeriods.ago(m, d);
      case "period" -> RelativePeriods.period(m, d);
      case "weekday" -> weekday(m, d, future);
      case "dayWord" -> dayWord(group(m, "word"), d);
      case "monthOnly" -> monthOnly(m, d, future);
      default -> null;
    };
  }

  private @Nullable Window fullDate(MatchResult m) {
    String month = m.group("month") != null ? m.group("month") : m.group("month2");
    String day = m.group("day") != null ? m.group("day") : m.group("day2");
    String year = m.group("year") != null ? m.group("year") : m.group("year2");
    try {
      return Window.of(new PartialDate(Integer.parseInt(year), Calendar.month(month), toInt(day)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Window monthYear(MatchResult m) {
    return Window.of(
        PartialDate.ofMonth(Integer.parseInt(m.group("year")), Calendar.month(m.group("month"))));
  }

  private @Nullable Window yearEdge(MatchResult m) {
    String explicit = group(m, "year");
    int year = !explicit.isEmpty() ? Integer.parseInt(explicit) : edgeYear(m);
    if (year <= 0) {
      return null;
    }
    String edge = m.group("edge").toLowerCase(Locale.ROOT);
    return switch (edge) {
      case "end" -> Window.of(PartialDate.ofMonth(year, 12));
      case "beginning", "start" -> Window.of(PartialDate.ofMonth(year, 1));
      default -> Window.of(PartialDate.ofYear(year));
    };
  }

  private int edgeYear(MatchResult m) {
    String rel = group(m, "rel");
    int docYear = doc == null ? 0 : doc.getYear();
    if (rel.equals("the")) {
      int here = text.sentenceAt(m.start());
      boolean recent = contextYear > 0 && here - contextSentence <= 1 && contextYear < docYear;
      return recent ? contextYear : docYear;
    }
    return relativeYear(rel, m);
  }

  private int relativeYear(String rel, MatchResult m) {
    int docYear = doc == null ? 0 : doc.getYear();
    return switch (rel) {
      case "that" -> contextYear;
      case "this" -> docYear;
      case "last" -> docYear == 0 ? 0 : docYear - 1;
      case "next" -> docYear == 0 ? 0 : docYear + 1;
      default -> 0;
    };
  }

  private static @Nullable Window monthDay(MatchResult m, LocalDate d, boolean future) {
    String month = m.group("month") != null ? m.group("month") : m.group("month2");
    String day = m.group("day") != null ? m.group("day") : m.group("day2");
    LocalDate date = Calendar.monthDay(d, Calendar.month(month), toInt(day), future);
    return date == null ? null : Window.of(PartialDate.ofDay(date));
  }

  private static Window weekday(MatchResult m, LocalDate d, boolean future) {
    String prep = group(m, "prep");
    DayOfWeek day = Calendar.weekday(m.group("weekday"));
    LocalDate date =
        switch (prep) {
          case "last" -> Calendar.weekday(d, day, -1, true);
          case "next" -> Calendar.weekday(d, day, 1, true);
          default -> Calendar.weekday(d, day, future ? 1 : -1, false);
        };
    return Window.of(PartialDate.ofDay(date));
  }

  private static @Nullable Window dayWord(String word, LocalDate d) {
    LocalDate date =
        switch (word) {
          case "yesterday", "last night", "the day before", "a day earlier" -> d.minusDays(1);
          case "the day before yesterday" -> d.minusDays(2);
          case "tomorrow" -> d.plusDays(1);
          default -> d;
        };
    return Window.of(PartialDate.ofDay(date));
  }

  private static @Nullable Window monthOnly(MatchResult m, LocalDate d, boolean future) {
    if (m.group("month").equals("May")
        && group(m, "prep").isEmpty()
        && group(m, "part").isEmpty()) {
      return null;
    }
    return Window.of(Calendar.month(d, Calendar.month(m.group("month")), future));
  }

  private boolean isReporting(int start) {
    String norm = text.text();
    String before = norm.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
    return REPORTED_BEFORE.matcher(before).find()
        || REPORTED_BEFORE.matcher(before.replaceAll("\\s+\\S+\\s*$", " ")).find();
  }

  private boolean isFuture(int start, int end) {
    int s = text.sentenceAt(start);
    if (s < 0) {
      return false;
    }
    String norm = text.text();
    int from = Math.max(text.normStart(s), start - 80);
    int to = Math.min(text.normEnd(s), end + 60);
    String window = norm.substring(from, to).toLowerCase(Locale.ROOT);
    if (!mayBeFuture(window) || !FUTURE.matcher(window).find()) {
      return false;
    }
    String before = norm.substring(from, start).toLowerCase(Locale.ROOT);
    return !REPORTED_BEFORE.matcher(before).find();
  }

  /** Whether {@code window} holds one of {@link #FUTURE_WORDS}, as every match of FUTURE does. */
  private static boolean mayBeFuture(String window) {
    for (String w : FUTURE_WORDS) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasExplicitYear(String kind, MatchResult m) {
    return switch (kind) {
      case "full", "iso", "monthYear", "year" -> true;
      case "season", "yearEdge" -> !group(m, "year").isEmpty();
      default -> false;
    };
  }

  static TimeModifier modifier(String prep) {
    return switch (prep) {
      case "since", "starting", "beginning" -> TimeModifier.SINCE;
      case "by", "no later than", "not later than", "on or before" -> TimeModifier.BY;
      case "until", "till", "through" -> TimeModifier.UNTIL;
      case "before" -> TimeModifier.BEFORE;
      case "after", "on or after" -> TimeModifier.AFTER;
      case "as of" -> TimeModifier.AS_OF;
      default -> TimeModifier.ON;
    };
  }

  /** The named group lower-cased, or "" when it did not take part or the pattern lacks it. */
  static String group(MatchResult m, String name) {
    try {
      String g = m.group(name);
      return g == null ? "" : g.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException noSuchGroup) {
      return "";
    }
  }

  private static int toInt(String digits) {
    return Integer.parseInt(digits);
  }

  static long days(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }

  static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
