package org.parley.language.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.jspecify.annotations.Nullable;
import org.parley.model.PartialDate;

/**
 * Seasons of a year: "late summer 2022" is August 2022; a plain "summer 2022" is the year 2022 with
 * the window June–August (a partial date cannot say "summer").
 */
final class Seasons {
  private Seasons() {}

  static @Nullable Window resolve(MatchResult m, int relativeYear, String explicitYear) {
    int year = explicitYear.isEmpty() ? relativeYear : Integer.parseInt(explicitYear);
    if (year <= 0) {
      return null;
    }
    int first = firstMonth(m.group("season").toLowerCase(Locale.ROOT));
    String part = TimeResolver.group(m, "part");
    int offset =
        switch (part) {
          case "early" -> 0;
          case "mid" -> 1;
          case "late" -> 2;
          default -> -1;
        };
    if (offset >= 0) {
      int month = (first + offset - 1) % 12 + 1;
      return Window.of(PartialDate.ofMonth(year, month));
    }
    LocalDate from = LocalDate.of(year, first, 1);
    LocalDate to = YearMonth.of(year, first).plusMonths(2).atEndOfMonth();
    return new Window(PartialDate.ofYear(year), from, to, null);
  }

  private static int firstMonth(String season) {
    return switch (season) {
      case "spring" -> 3;
      case "summer" -> 6;
      case "autumn", "fall" -> 9;
      default -> 12;
    };
  }
}
