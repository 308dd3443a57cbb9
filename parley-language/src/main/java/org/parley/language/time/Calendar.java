package org.parley.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.model.PartialDate;

/** Calendar arithmetic for resolving relative expressions against a document date. */
final class Calendar {
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("a couple of", 2),
          Map.entry("a few", 3),
          Map.entry("few", 3),
          Map.entry("several", 3));

  private Calendar() {}

  /** The month number of a month name or abbreviation ("Jan.", "September"), or 0. */
  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    String[] months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** A count in words or digits ("one", "a few", "3"), or -1. */
  static int count(String words) {
    String w = words.toLowerCase(Locale.ROOT).strip();
    if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
      return Integer.parseInt(w);
    }
    return NUMBERS.getOrDefault(w, -1);
  }

  /** The weekday nearest the document date in the given direction; same day counts as 0 away. */
  static LocalDate weekday(LocalDate docDate, DayOfWeek day, int direction, boolean strict) {
    if (direction < 0) {
      return strict
          ? docDate.with(TemporalAdjusters.previous(day))
          : docDate.with(TemporalAdjusters.previousOrSame(day));
    }
    return strict
        ? docDate.with(TemporalAdjusters.next(day))
        : docDate.with(TemporalAdjusters.nextOrSame(day));
  }

  /** A day-month without a year: the document's year, or the one before for a past date. */
  static @Nullable LocalDate monthDay(LocalDate docDate, int month, int day, boolean future) {
    if (month == 0 || day < 1 || day > YearMonth.of(docDate.getYear(), month).lengthOfMonth()) {
      return null;
    }
    LocalDate d = LocalDate.of(docDate.getYear(), month, day);
    if (!future && d.isAfter(docDate.plusDays(7))) {
      return d.minusYears(1);
    }
    if (future && d.isBefore(docDate.minusDays(180))) {
      return d.plusYears(1);
    }
    return d;
  }

  /** A month without a year: the document's year, or the one before for a past month. */
  static PartialDate month(LocalDate docDate, int month, boolean future) {
    int year = docDate.getYear();
    if (!future && month > docDate.getMonthValue()) {
      year--;
    } else if (future && month < docDate.getMonthValue() - 6) {
      year++;
    }
    return PartialDate.ofMonth(year, month);
  }

  /**
   * The coarsest partial date that still covers the window [from, to]: a day, a month or a year.
   */
  static PartialDate covering(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return PartialDate.ofDay(from);
    }
    if (from.getYear() == to.getYear() && from.getMonthValue() == to.getMonthValue()) {
      return PartialDate.ofMonth(from.getYear(), from.getMonthValue());
    }
    return PartialDate.ofYear(to.getYear());
  }
}
