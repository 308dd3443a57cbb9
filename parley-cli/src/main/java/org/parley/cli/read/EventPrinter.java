package org.parley.cli.read;

import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestSummary;

/** Writes a run's events to stdout, as a table or as JSON lines. */
sealed interface EventPrinter permits TableEventPrinter, JsonEventPrinter {
  /** Before the first event (a table header). */
  void begin();

  /** One event. */
  void print(IngestEvent event);

  /** After the last event: the summary. */
  void end(IngestSummary summary);
}
