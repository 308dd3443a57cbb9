package org.parley.cli.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.contract.scoring.ScoreReport;
import org.parley.model.Claim;

/**
 * How well the extractor's confidence ranks its claims: predictions sorted by confidence and dealt
 * into quartiles of equal size (claims of equal confidence stay together), with the share of each
 * quartile that matched a gold record. Higher quartiles should hold higher shares. Equal-size
 * groups keep each share's sampling error alike; fixed bands leave some nearly empty.
 */
final class Calibration {
  private static final int GROUPS = 4;

  private Calibration() {}

  /** Prints the table of {@code predicted}, scored in {@code report}. */
  static void print(List<Claim> predicted, ScoreReport report, PrintWriter out) {
    Set<Claim> wrong = Collections.newSetFromMap(new IdentityHashMap<>());
    report.misses().stream().filter(m -> !m.missed()).forEach(m -> wrong.add(m.claim()));
    List<Claim> sorted = new ArrayList<>(predicted);
    sorted.sort(Comparator.comparingDouble(Calibration::confidence));
    out.println("confidence quartile    pred  correct  share");
    int start = 0;
    for (int g = 1; g <= GROUPS && start < sorted.size(); g++) {
      int end = g == GROUPS ? sorted.size() : Math.max(start + 1, sorted.size() * g / GROUPS);
      while (end < sorted.size()
          && confidence(sorted.get(end)) == confidence(sorted.get(end - 1))) {
        end++;
      }
      row(sorted.subList(start, end), wrong, out);
      start = end;
    }
  }

  private static void row(List<Claim> group, Set<Claim> wrong, PrintWriter out) {
    int right = (int) group.stream().filter(c -> !wrong.contains(c)).count();
    out.printf(
        Locale.ROOT,
        "[%.3f, %.3f]  %11d  %7d  %5.3f%n",
        confidence(group.get(0)),
        confidence(group.get(group.size() - 1)),
        group.size(),
        right,
        (double) right / group.size());
  }

  private static double confidence(Claim c) {
    Double conf = c.provenance().confidence();
    return conf == null ? 0 : conf;
  }
}
