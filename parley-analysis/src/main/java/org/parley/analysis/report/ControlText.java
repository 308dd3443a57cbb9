package org.parley.analysis.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.contradiction.Measures;
import org.parley.analysis.territory.Figures;
import org.parley.analysis.territory.check.ControlCheck;

/**
 * A briefing's control claims as a text table: per holder and region set the latest claim, its
 * date, how many claims the ledger holds, and, with maps, what the map shows. Immutable and
 * thread-safe.
 */
final class ControlText {
  private final Names names;

  ControlText(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  void append(List<ControlRow> rows, boolean withMaps, CitationIndex index, StringBuilder out) {
    if (rows.isEmpty()) {
      out.append("No control claims.\n");
      return;
    }
    TextTable t =
        withMaps
            ? new TextTable(
                "HOLDER", "REGIONS", "LATEST CLAIM", "DATE", "REPORTED", "MAP", "SOURCE")
            : new TextTable("HOLDER", "REGIONS", "LATEST CLAIM", "DATE", "REPORTED", "SOURCE");
    for (ControlRow r : rows) {
      DatedControl c = r.latest();
      String holder = c.claim().holder().value();
      String regions = names.regions(c.claim().regions());
      String figure = Measures.label(c.claim().measure());
      String date = c.date() == null ? "undated" : c.date().label();
      String reports = r.reported().label();
      String ref = "[" + index.number(c.citation()) + "]";
      if (withMaps) {
        t.row(holder, regions, figure, date, reports, check(r.check()), ref);
      } else {
        t.row(holder, regions, figure, date, reports, ref);
      }
    }
    t.appendTo(out);
  }

  /** What the map says about a claim, in one cell. */
  static String check(@Nullable ControlCheck check) {
    if (check == null) {
      return "-";
    }
    return switch (check) {
      case ControlCheck.Measured m ->
          "%s: %s (%s) held on the map of %s (%s)"
              .formatted(
                  m.verdict().label(),
                  Figures.percent(m.held().share()),
                  Figures.km2(m.held().heldKm2()),
                  m.map().date(),
                  m.rule());
      case ControlCheck.NoMap n -> n.verdict().label() + ": " + n.reason();
      case ControlCheck.NotCheckable n -> n.verdict().label() + ": " + n.reason();
    };
  }
}
