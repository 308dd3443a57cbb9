package org.parley.ledger;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the recorded instant a user asks to read the ledger as of: ISO-8601 with an offset, a
 * date-time in UTC, or a date (its last microsecond, UTC). The command line ({@code --as-of}) and
 * the server ({@code as_of}) read it alike. Stateless.
 */
public final class RecordedInstant {
  private RecordedInstant() {}

  /**
   * The instant {@code text} names.
   *
   * @param name how the caller names the input in messages ({@code --as-of}, {@code as_of})
   * @throws IllegalArgumentException naming the input, the text and the accepted forms
   */
  public static Instant parse(String name, String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text)
            .plusDays(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .minusNanos(1_000);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(
          ("%s '%s' is not a timestamp (2025-11-25T16:43:37Z, 2025-11-25T16:43 or 2025-11-25)")
              .formatted(name, text),
          e);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("%s '%s': %s".formatted(name, text, e.getMessage()), e);
    }
  }
}
