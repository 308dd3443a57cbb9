package org.parley.language.time;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * A time expression resolved against the document date: its span (original coordinates), its
 * original text, the date it names at the precision the text supports ({@code value}), how the
 * event relates to that date ({@code modifier}), and the window of days the expression allows
 * ({@code earliest}..{@code latest}, both inclusive; for "less than one week ago" in an article of
 * 2025-08-21 the value is {@code 2025-08} and the window 2025-08-14..2025-08-21), and whether it is
 * attached to a reporting verb ({@code reporting}: "said on Wednesday", "reports confirmed
 * Thursday"), i.e. dates the report rather than the event reported.
 */
public record TimeExpression(
    Span span,
    String text,
    PartialDate value,
    TimeModifier modifier,
    LocalDate earliest,
    LocalDate latest,
    boolean reporting) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(modifier, "modifier");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("time window ends before it starts: " + text);
    }
  }

  /** An expression naming {@code value} itself: its window is the days the value covers. */
  public static TimeExpression of(Span span, String text, PartialDate value, TimeModifier mod) {
    return new TimeExpression(span, text, value, mod, value.start(), value.end(), false);
  }
}
