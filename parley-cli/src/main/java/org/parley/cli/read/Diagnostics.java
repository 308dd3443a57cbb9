package org.parley.cli.read;

import java.io.PrintWriter;
import org.parley.ingest.IngestEvent;
import org.parley.model.Diagnostic;

/** Writes the problems an event carries to stderr, one line each, naming the source. */
final class Diagnostics {
  private Diagnostics() {}

  static void report(IngestEvent event, PrintWriter err) {
    switch (event) {
      case IngestEvent.Read r -> r.notes().forEach(n -> line(n, err));
      case IngestEvent.Duplicate d -> {}
      case IngestEvent.Skipped s -> line(s.diagnostic(), err);
    }
  }

  private static void line(Diagnostic d, PrintWriter err) {
    err.println("parley read: " + d);
  }
}
