package org.parley.cli.checkcontrol;

import java.io.PrintWriter;
import java.util.Locale;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.RegionControl;

/** Prints a map's per-region table: controlled km², land km² and share, then the whole country. */
final class ControlTablePrinter {
  private ControlTablePrinter() {}

  static void print(ControlTable t, PrintWriter out) {
    out.println("Russian-controlled land per region on " + t.mapName() + " (" + t.date() + ")");
    out.println("boundaries: " + t.boundaries());
    out.println();
    TextTable table = new TextTable("REGION", "NAME", ">CONTROLLED KM²", ">LAND KM²", ">SHARE");
    for (RegionControl r : t.rows()) {
      add(table, r);
    }
    add(table, t.whole());
    table.print(out);
  }

  private static void add(TextTable table, RegionControl r) {
    table.row(
        String.join("+", r.regions().stream().map(Object::toString).toList()),
        r.name(),
        String.format(Locale.ROOT, "%,.1f", r.controlledKm2()),
        String.format(Locale.ROOT, "%,.1f", r.landKm2()),
        String.format(Locale.ROOT, "%.2f %%", 100 * r.share()));
  }
}
