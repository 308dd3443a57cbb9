package org.parley.cli.checkcontrol;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.analysis.territory.Figures;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.RegionBoundaries;
import org.parley.analysis.territory.check.ControlCheck;
import org.parley.analysis.territory.check.HeldArea;
import org.parley.model.Approx;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.model.RegionId;

/** Prints control checks as a text table: verdict, claim, reported and measured figures, rule. */
final class ControlCheckPrinter {
  private ControlCheckPrinter() {}

  static void print(
      List<CheckedClaim> checks,
      MapCatalog catalog,
      RegionBoundaries boundaries,
      int toleranceDays,
      PrintWriter out) {
    out.println("maps: " + catalog.coverage() + "; tolerance " + toleranceDays + " days");
    out.println("boundaries: " + boundaries.description());
    out.println();
    table(checks).print(out);
    out.println();
    out.println(summary(checks));
  }

  private static TextTable table(List<CheckedClaim> checks) {
    TextTable table =
        new TextTable(
            "VERDICT",
            "CLAIM",
            "HOLDER",
            "REGIONS",
            "DATE",
            "REPORTED",
            "MEASURED",
            "MAP",
            "RULE OR REASON");
    for (CheckedClaim c : checks) {
      Control claim = c.check().claim();
      table.row(
          c.check().verdict().label(),
          c.where(),
          claim.holder().value(),
          regions(claim.regions()),
          date(claim),
          reported(claim.measure()),
          measured(c.check()),
          mapDate(c.check()),
          why(c.check()));
    }
    return table;
  }

  /** A measure as the claim states it: {@code about 75 %}, {@code at most 20 %}, {@code part}. */
  static String reported(Measure m) {
    String approx = m.approx().code().replace('_', ' ');
    String figure =
        java.util.stream.Stream.of(
                m.share() == null ? null : Figures.percent(m.share()),
                m.areaKm2() == null ? null : Figures.km2(m.areaKm2()))
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.joining(" and "));
    if (figure.isEmpty() || m.approx() == Approx.ALL) {
      return approx;
    }
    return m.approx() == Approx.EXACT ? figure : approx + " " + figure;
  }

  static String measured(ControlCheck check) {
    return switch (check) {
      case ControlCheck.Measured m -> held(m.held());
      case ControlCheck.NoMap n -> "-";
      case ControlCheck.NotCheckable n -> "-";
    };
  }

  static String held(HeldArea h) {
    return Figures.percent(h.share()) + " (" + Figures.km2(h.heldKm2()) + ")";
  }

  private static String mapDate(ControlCheck check) {
    return check instanceof ControlCheck.Measured m ? m.map().date().toString() : "-";
  }

  private static String why(ControlCheck check) {
    return switch (check) {
      case ControlCheck.Measured m -> m.rule();
      case ControlCheck.NoMap n -> n.reason();
      case ControlCheck.NotCheckable n -> n.reason();
    };
  }

  private static String date(Control claim) {
    if (claim.provenance().validTime() != null) {
      return String.valueOf(claim.provenance().validTime());
    }
    return claim.provenance().reported() == null ? "-" : "rep. " + claim.provenance().reported();
  }

  private static String regions(List<RegionId> regions) {
    return regions.stream().map(RegionId::value).collect(Collectors.joining(","));
  }

  private static String summary(List<CheckedClaim> checks) {
    var counts =
        checks.stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.check().verdict(), java.util.TreeMap::new, Collectors.counting()));
    String parts =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT, "%d control claims: %s", checks.size(), parts.isEmpty() ? "none" : parts);
  }
}
