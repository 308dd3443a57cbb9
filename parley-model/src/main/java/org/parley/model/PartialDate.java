package org.parley.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a year, a month or a day, which keeps that precision: {@code 2024},
 * {@code 2025-08}, {@code 2025-08-15}. Ordering is by the first day the date covers, then by
 * precision (coarser first).
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How much of the date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /** Builds a date; {@code month} and {@code day} are 0 when unknown. */
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != 0 && month == 0) {
      throw new IllegalArgumentException("a day needs a month: %d-??-%d".formatted(year, day));
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "no such day: %04d-%02d-%02d".formatted(year, month, day), e);
      }
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  public static PartialDate ofDay(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static PartialDate parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new PartialDate(year, month, day);
  }

  public Precision precision() {
    if (day != 0) {
      return Precision.DAY;
    }
    return month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date covers. */
  public LocalDate start() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date covers. */
  public LocalDate end() {
    return switch (precision()) {
      case DAY -> start();
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /** Whether the given day falls within this date. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Override
  public int compareTo(PartialDate o) {
    int byStart = start().compareTo(o.start());
    return byStart != 0 ? byStart : precision().compareTo(o.precision());
  }

  @Override
  public String toString() {
    return switch (precision()) {
      case YEAR -> "%04d".formatted(year);
      case MONTH -> "%04d-%02d".formatted(year, month);
      case DAY -> "%04d-%02d-%02d".formatted(year, month, day);
    };
  }
}
