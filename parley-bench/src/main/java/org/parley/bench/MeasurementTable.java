package org.parley.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints measurements as a table, each stage's speed as a ratio to the first (the baseline). */
final class MeasurementTable {
  private final List<Measurement> rows;

  MeasurementTable(List<Measurement> rows) {
    this.rows = List.copyOf(rows);
  }

  void print(PrintStream out) {
    Measurement base = rows.get(0);
    out.printf(
        Locale.ROOT,
        "%-22s %10s %8s %10s %12s %14s%n",
        "stage",
        "docs/s",
        "MB/s",
        "peak heap",
        "vs " + base.stage(),
        "output");
    for (Measurement m : rows) {
      out.printf(
          Locale.ROOT,
          "%-22s %10.1f %8.2f %7.0f MB %11.3fx %14s%n",
          m.stage(),
          m.documentsPerSecond(),
          m.megabytesPerSecond(),
          m.peakHeapMegabytes(),
          m.documentsPerSecond() / base.documentsPerSecond(),
          m.items() + " " + m.unit());
    }
  }
}
