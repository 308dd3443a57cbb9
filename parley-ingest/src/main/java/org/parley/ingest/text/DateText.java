package org.parley.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the publication dates sources write into a calendar day: ISO dates and timestamps ({@code
 * 2022-07-27}, {@code 2022-03-01T18:50:00Z}; the day is taken as written, in the writer's own
 * offset), slashed dates ({@code 2022/06/23}), RFC 1123 ({@code Tue, 1 Mar 2022 18:50:00 GMT}) and
 * English month names ({@code March 1, 2022}, {@code 1 March 2022}). Impossible days ({@code
 * 2022-02-30}) and days after tomorrow are {@link DateReading.Unusable}, never adjusted. Stateless
 * and thread-safe.
 */
public final class DateText {
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]{2,5})?)?");
  private static final List<DateTimeFormatter> WORDED =
      List.of(
          formatter("MMMM d, uuuu"),
          formatter("MMM d, uuuu"),
          formatter("d MMMM uuuu"),
          formatter("d MMM uuuu"),
          DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));

  private DateText() {}

  /** Reads {@code raw}; blank or {@code null} is {@link DateReading.Missing}. */
  public static DateReading read(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return new DateReading.Missing();
    }
    String text = raw.strip();
    Matcher m = NUMERIC.matcher(text);
    if (m.matches()) {
      return numeric(text, m);
    }
    for (DateTimeFormatter f : WORDED) {
      try {
        return plausible(text, LocalDate.from(f.parse(text)));
      } catch (DateTimeException e) {
        continue;
      }
    }
    return new DateReading.Unusable(text, "not a date Parley can read: '" + text + "'");
  }

  private static DateReading numeric(String text, Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return plausible(text, date);
    } catch (DateTimeException e) {
      return new DateReading.Unusable(text, "impossible date '" + text + "'");
    }
  }

  private static DateReading plausible(String text, LocalDate date) {
    if (date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
      return new DateReading.Unusable(text, "date '" + text + "' lies in the future");
    }
    if (date.getYear() < 1900) {
      return new DateReading.Unusable(text, "implausible date '" + text + "' (before 1900)");
    }
    return new DateReading.Known(date);
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
