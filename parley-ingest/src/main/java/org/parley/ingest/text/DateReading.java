package org.parley.ingest.text;

import java.time.LocalDate;

/** What a source's date string says: a calendar day, nothing, or something that is no day. */
public sealed interface DateReading {
  /** A calendar day. */
  record Known(LocalDate date) implements DateReading {}

  /** The source gave no date. */
  record Missing() implements DateReading {}

  /** The source gave a string that is not a possible date; {@code problem} says why. */
  record Unusable(String raw, String problem) implements DateReading {}
}
