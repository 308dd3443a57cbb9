package org.parley.cli.evaluate;

import java.io.PrintWriter;
import java.util.Locale;
import org.parley.analysis.settlement.Evaluation;
import org.parley.analysis.settlement.Term;
import org.parley.analysis.settlement.TermAction;
import org.parley.analysis.settlement.Transfer;
import org.parley.analysis.territory.Figures;
import org.parley.cli.checkcontrol.TextTable;
import org.parley.model.ActorId;

/** Prints an evaluated proposal: header, one row per term and region, totals, notes, basis. */
final class EvaluationPrinter {
  private EvaluationPrinter() {}

  static void print(Evaluation e, PrintWriter out) {
    printHeader(e, out);
    transfers(e).print(out);
    out.println();
    e.sides().forEach(side -> total(e, side, out));
    e.notes().forEach(n -> out.println("note: " + n));
    out.println("population: " + e.populationBasis() + ".");
    if (e.hasPopulationGaps()) {
      out.println("population totals leave out regions without a figure ('?').");
    }
  }

  private static void printHeader(Evaluation e, PrintWriter out) {
    out.println(e.proposal().name());
    if (e.proposal().description() != null) {
      out.println(e.proposal().description());
    }
    if (e.proposal().source() != null) {
      out.println("source: " + e.proposal().source());
    }
    out.println("line of control: " + e.mapName() + " (" + e.mapDate() + ")");
    out.println("boundaries: " + e.boundaries());
    out.println();
  }

  /** One row per term and region: what moves from whom to whom, its area and its people. */
  private static TextTable transfers(Evaluation e) {
    TextTable table =
        new TextTable(
            "TERM", "REGION", "NAME", "MOVES", ">AREA KM²", ">OF REGION", ">PEOPLE (EST.)");
    for (Transfer t : e.transfers()) {
      String bound = t.upperBound() ? "≤ " : "";
      boolean moves = t.from() != null;
      table.row(
          term(t.term()),
          t.region().value(),
          t.regionName(),
          moves
              ? t.from() + " → " + t.to()
              : "none; " + e.controlling() + " holds " + Figures.percent(t.controlledShare()),
          moves ? bound + number(t.km2()) : "-",
          moves ? bound + Figures.percent(t.shareOfRegion()) : "-",
          people(t, bound));
    }
    return table;
  }

  private static void total(Evaluation e, ActorId side, PrintWriter out) {
    double sure = e.km2To(side, false);
    double all = e.km2To(side, true);
    String area = number(sure) + " km²";
    String people = "~" + number(e.populationTo(side, false)) + " people";
    if (all > sure) {
      area += " (up to " + number(all) + " km²)";
      people += " (up to ~" + number(e.populationTo(side, true)) + ")";
    }
    out.println("to " + side + ": " + area + ", " + people);
  }

  static String term(Term t) {
    String base =
        t.action() == TermAction.FREEZE
            ? "freeze"
            : t.action().code()
                + " "
                + (t.action() == TermAction.WITHDRAW ? "" : Term.partyKey(t.action()) + " ")
                + t.party();
    if (t.share() != null) {
      return base + " (" + Figures.percent(t.share()) + ")";
    }
    if (t.areaKm2() != null) {
      return base + " (" + Figures.km2(t.areaKm2()) + ")";
    }
    return t.partial() ? base + " (some)" : base;
  }

  private static String people(Transfer t, String bound) {
    if (t.from() == null) {
      return "-";
    }
    return t.populationEstimate() == null ? "?" : bound + number(t.populationEstimate());
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
