package org.parley.language.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.jspecify.annotations.Nullable;
import org.parley.model.PartialDate;

/**
 * Periods relative to the document date: "less than one week ago", "three days ago", "this week",
 * "last month", "the past two weeks", "next year". "This week" is the document's month (the
 * precision the gold annotations use); a window of several days is the month it lies in, or its
 * year when it straddles two months.
 */
final class RelativePeriods {
  private RelativePeriods() {}

  static @Nullable Window ago(MatchResult m, LocalDate d) {
    int n = Calendar.count(m.group("num"));
    if (n < 0) {
      return null;
    }
    String unit = unit(m.group("unit"));
    String bound = TimeResolver.group(m, "bound");
    LocalDate at = minus(d, unit, n);
    switch (bound) {
      case "less than", "under", "just under" -> {
        return Window.within(at, d);
      }
      case "more than", "over", "just over" -> {
        return new Window(PartialDate.ofDay(at), at.minusYears(50), at, TimeModifier.BEFORE);
      }
      default -> {
        if (unit.equals("day") && bound.isEmpty()) {
          return Window.of(PartialDate.ofDay(at));
        }
        long slack = Math.max(1, (d.toEpochDay() - at.toEpochDay()) / 4);
        LocalDate from = at.minusDays(slack);
        LocalDate to = at.plusDays(slack).isAfter(d) ? d : at.plusDays(slack);
        return new Window(Calendar.covering(from, to), from, to, TimeModifier.ON);
      }
    }
  }

  static @Nullable Window period(MatchResult m, LocalDate d) {
    String rel = TimeResolver.group(m, "rel");
    String unit = unit(m.group("unit"));
    String nText = TimeResolver.group(m, "n");
    boolean plural = m.group("unit").toLowerCase(Locale.ROOT).endsWith("s");
    boolean rolling = rel.startsWith("the ") || rel.equals("past") || !nText.isEmpty();
    if (plural && nText.isEmpty() && !rel.startsWith("the ")) {
      return null; // "in previous years", "in coming months": no date
    }
    if (unit.equals("day") && !plural && nText.isEmpty()) {
      // "the previous day" is the day before the report; "the last day (of the talks)" is no date
      return rel.endsWith("previous") ? Window.of(PartialDate.ofDay(d.minusDays(1))) : null;
    }
    if (rolling) {
      int n = nText.isEmpty() ? 1 : Calendar.count(nText.replace(" of", ""));
      if (n < 0) {
        return null;
      }
      return rel.endsWith("coming")
          ? new Window(Calendar.covering(d, plus(d, unit, n)), d, plus(d, unit, n), null)
          : Window.within(minus(d, unit, n), d);
    }
    int shift =
        switch (rel) {
          case "last", "previous" -> -1;
          case "next", "coming" -> 1;
          default -> 0;
        };
    return calendarUnit(unit, shift, d);
  }

  private static @Nullable Window calendarUnit(String unit, int shift, LocalDate d) {
    return switch (unit) {
      case "week" -> week(d, shift);
      case "month" -> {
        YearMonth ym = YearMonth.from(d).plusMonths(shift);
        yield Window.of(PartialDate.ofMonth(ym.getYear(), ym.getMonthValue()));
      }
      case "year" -> Window.of(PartialDate.ofYear(d.getYear() + shift));
      default -> null;
    };
  }

  private static Window week(LocalDate d, int shift) {
    LocalDate monday = TimeResolver.monday(d).plusWeeks(shift);
    LocalDate sunday = monday.plusDays(6);
    // this week: the document's own month; another week: the month of its Thursday (ISO weeks)
    LocalDate anchor = shift == 0 ? d : monday.plusDays(3);
    PartialDate value = PartialDate.ofMonth(anchor.getYear(), anchor.getMonthValue());
    return new Window(value, monday, sunday, null);
  }

  private static String unit(String raw) {
    String u = raw.toLowerCase(Locale.ROOT);
    return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
  }

  private static LocalDate minus(LocalDate d, String unit, int n) {
    return plus(d, unit, -n);
  }

  private static LocalDate plus(LocalDate d, String unit, int n) {
    return switch (unit) {
      case "week" -> d.plusWeeks(n);
      case "month" -> d.plusMonths(n);
      case "year" -> d.plusYears(n);
      default -> d.plusDays(n);
    };
  }
}
