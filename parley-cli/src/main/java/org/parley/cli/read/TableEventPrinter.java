package org.parley.cli.read;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestSummary;
import org.parley.model.Document;

/** The documents as a fixed-width table; skipped inputs appear only on stderr. */
final class TableEventPrinter implements EventPrinter {
  private static final String ROW = "%-30s %-10s %-24s %-50s %8s  %s%n";

  private final PrintWriter out;

  TableEventPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin() {
    out.printf(ROW, "ID", "DATE", "OUTLET", "TITLE", "CHARS", "DUPLICATE-OF");
  }

  @Override
  public void print(IngestEvent event) {
    switch (event) {
      case IngestEvent.Read r -> row(r.document(), "");
      case IngestEvent.Duplicate d ->
          row(
              d.document(),
              d.exact()
                  ? "= " + d.canonical()
                  : "~ %s (%.2f)".formatted(d.canonical(), d.similarity()));
      case IngestEvent.Skipped s -> {}
    }
  }

  @Override
  public void end(IngestSummary summary) {
    out.println();
    out.println(summary.describe());
    out.flush();
  }

  private void row(Document d, String duplicateOf) {
    out.printf(
        ROW,
        cut(d.id().value(), 30),
        d.date() == null ? "?" : d.date(),
        cut(d.outlet(), 24),
        cut(d.title(), 50),
        d.body().length(),
        duplicateOf);
  }

  private static String cut(@Nullable String s, int width) {
    if (s == null) {
      return "-";
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
  }
}
