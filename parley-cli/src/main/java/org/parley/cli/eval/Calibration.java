package org.parley.cli.eval;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.contract.scoring.ScoreReport;
import org.parley.model.Claim;

/**
 * How well the extractor's confidence ranks its claims: predictions bucketed by confidence, with
 * the share of each bucket that matched a gold record. Higher buckets should hold higher shares.
 */
final class Calibration {
  private static final double[] BOUNDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};

  private Calibration() {}

  /** Prints the table of {@code predicted}, scored in {@code report}. */
  static void print(List<Claim> predicted, ScoreReport report, PrintWriter out) {
    Set<Claim> wrong = Collections.newSetFromMap(new IdentityHashMap<>());
    report.misses().stream().filter(m -> !m.missed()).forEach(m -> wrong.add(m.claim()));
    out.println("confidence    pred  correct  share");
    for (int b = 0; b + 1 < BOUNDS.length; b++) {
      int n = 0;
      int right = 0;
      for (Claim c : predicted) {
        double conf = c.provenance().confidence() == null ? 0 : c.provenance().confidence();
        if (conf >= BOUNDS[b] && conf < BOUNDS[b + 1]) {
          n++;
          right += wrong.contains(c) ? 0 : 1;
        }
      }
      out.printf(
          Locale.ROOT,
          "[%.1f, %.1f)  %5d  %7d  %5s%n",
          BOUNDS[b],
          Math.min(1.0, BOUNDS[b + 1]),
          n,
          right,
          n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) right / n));
    }
  }
}
