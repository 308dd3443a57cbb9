package org.parley.contract.scoring;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.parley.contract.ClaimWriter;

/** Prints a {@link ScoreReport} in the layout of {@code shared/tools/score-claims}. */
public final class ScoreReportPrinter {
  /**
   * Prints the per-kind table, attribute accuracies, the misses when asked for, and the overall
   * lines (the last line is always {@code overall F1 x.xxx}).
   */
  public void print(ScoreReport report, PrintWriter out, boolean showMisses) {
    printKinds(report, out);
    report
        .attributes()
        .forEach(
            (name, a) ->
                out.printf(
                    Locale.ROOT,
                    "%s accuracy on matched claims: %d/%d%n",
                    name,
                    a.correct(),
                    a.total()));
    if (showMisses) {
      printMisses(report, out);
    }
    ScoreReport.Counts t = report.total();
    out.printf(
        Locale.ROOT,
        "documents %d  precision %.3f  recall %.3f%n",
        report.documents(),
        t.precision(),
        t.recall());
    out.printf(Locale.ROOT, "overall F1 %.3f%n", t.f1());
  }

  /** The header and one row per claim kind: gold, predicted, true positives, P, R, F1. */
  private static void printKinds(ScoreReport report, PrintWriter out) {
    out.println(
        String.format(
            Locale.ROOT,
            "%-10s %5s %5s %5s %6s %6s %6s",
            "kind",
            "gold",
            "pred",
            "tp",
            "P",
            "R",
            "F1"));
    for (Map.Entry<String, ScoreReport.Counts> e : report.kinds().entrySet()) {
      ScoreReport.Counts c = e.getValue();
      out.println(
          String.format(
              Locale.ROOT,
              "%-10s %5d %5d %5d %6.3f %6.3f %6.3f",
              e.getKey(),
              c.tp() + c.fn(),
              c.tp() + c.fp(),
              c.tp(),
              c.precision(),
              c.recall(),
              c.f1()));
    }
  }

  private static void printMisses(ScoreReport report, PrintWriter out) {
    ClaimWriter writer = new ClaimWriter();
    for (ScoreReport.Miss m : report.misses()) {
      out.println((m.missed() ? "missed " : "spurious ") + writer.write(m.claim()));
    }
  }
}
