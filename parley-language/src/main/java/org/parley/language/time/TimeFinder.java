package org.parley.language.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.SentencedText;

/**
 * Finds time expressions in a body and resolves them against the document date (see {@link
 * TimeResolver}). Overlapping matches keep the longest. Without a document date only expressions
 * that name their own year are resolved. Stateless and thread-safe.
 */
public final class TimeFinder {
  private static final List<Kind> KINDS =
      List.of(
          new Kind("full", TimePatterns.FULL_DATE),
          new Kind("iso", TimePatterns.ISO_DATE),
          new Kind("monthYear", TimePatterns.MONTH_YEAR),
          new Kind("yearEdge", TimePatterns.YEAR_EDGE),
          new Kind("season", TimePatterns.SEASON),
          new Kind("monthDay", TimePatterns.MONTH_DAY),
          new Kind("ago", TimePatterns.AGO),
          new Kind("period", TimePatterns.PERIOD),
          new Kind("weekday", TimePatterns.WEEKDAY),
          new Kind("dayWord", TimePatterns.DAY_WORD),
          new Kind("monthOnly", TimePatterns.MONTH_ONLY),
          new Kind("thatYear", TimePatterns.THAT_YEAR),
          new Kind("year", TimePatterns.BARE_YEAR));

  /** The resolved time expressions of {@code text}, in document order. */
  public List<TimeExpression> find(SentencedText text, @Nullable LocalDate documentDate) {
    String norm = text.text();
    List<Found> found = new ArrayList<>();
    for (int k = 0; k < KINDS.size(); k++) {
      Matcher m = KINDS.get(k).pattern().matcher(norm);
      while (m.find()) {
        if (m.end() > m.start()) {
          found.add(new Found(k, m.toMatchResult()));
        }
      }
    }
    TimeResolver resolver = new TimeResolver(text, documentDate);
    List<TimeExpression> out = new ArrayList<>();
    for (Found f : nonOverlapping(found)) {
      TimeExpression t = resolver.resolve(KINDS.get(f.kind()).name(), f.match());
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
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

  private record Kind(String name, Pattern pattern) {}

  private record Found(int kind, MatchResult match) {}
}
