package org.parley.cli.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.cli.train.GoldSet;
import org.parley.contract.scoring.ClaimScorer;
import org.parley.contract.scoring.ScoreReport;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/** Scores per outlet: the documents of each outlet scored apart, one line each. */
final class Outlets {
  private Outlets() {}

  static void print(GoldSet tested, List<Claim> predicted, PrintWriter out) {
    Map<String, List<Document>> byOutlet = new TreeMap<>();
    for (Document d : tested.documents()) {
      byOutlet.computeIfAbsent(name(d), o -> new java.util.ArrayList<>()).add(d);
    }
    printHeader(out);
    for (Map.Entry<String, List<Document>> e : byOutlet.entrySet()) {
      printOutlet(e.getKey(), e.getValue(), tested, predicted, out);
    }
  }

  private static void printHeader(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-28s %5s %5s %5s %6s %6s %6s%n",
        "outlet",
        "docs",
        "gold",
        "pred",
        "P",
        "R",
        "F1");
  }

  /** Scores the outlet's documents alone and prints one line. */
  private static void printOutlet(
      String outlet,
      List<Document> documents,
      GoldSet tested,
      List<Claim> predicted,
      PrintWriter out) {
    Set<DocumentId> ids = documents.stream().map(Document::id).collect(Collectors.toSet());
    List<Claim> gold = tested.claims().stream().filter(c -> ids.contains(c.doc())).toList();
    List<Claim> pred = predicted.stream().filter(c -> ids.contains(c.doc())).toList();
    ScoreReport.Counts t = new ClaimScorer().score(ids, gold, pred).total();
    out.printf(
        Locale.ROOT,
        "%-28s %5d %5d %5d %6.3f %6.3f %6.3f%n",
        outlet,
        ids.size(),
        t.tp() + t.fn(),
        t.tp() + t.fp(),
        t.precision(),
        t.recall(),
        t.f1());
  }

  /** The outlet's name without its parenthesised description ("kremlin.ru", "The Guardian"). */
  private static String name(Document d) {
    String o = d.outlet() == null ? "(none)" : d.outlet();
    int cut = o.indexOf(" (");
    return cut > 0 ? o.substring(0, cut) : o;
  }
}
