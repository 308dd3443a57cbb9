package org.parley.spark.bench;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Prints the scaling runs: every run, then each configuration's best with the ratios. */
final class Report {
  private Report() {}

  static void print(PrintWriter out, List<ScalingBench.Result> results, String loadAfter) {
    printRuns(out, results);
    printBest(out, results);
    out.println("load average after: " + loadAfter);
  }

  private static void printRuns(PrintWriter out, List<ScalingBench.Result> results) {
    out.println();
    out.println(
        "run                              round   wall s   docs   docs/s   job s  job docs/s"
            + "   CPU s  docs/CPU-s  same claims");
    for (ScalingBench.Result r : results) {
      out.printf(
          Locale.ROOT,
          "%-32s %5d %8.1f %6d %8.1f %7.1f %11.1f %7.1f %11.1f  %s%n",
          r.config(),
          r.round(),
          r.wallSeconds(),
          r.documents(),
          r.documents() / r.wallSeconds(),
          r.jobSeconds(),
          r.documents() / r.jobSeconds(),
          r.cpuSeconds(),
          r.cpuSeconds() > 0 ? r.documents() / r.cpuSeconds() : 0,
          r.sameClaims() ? "yes" : "NO");
    }
  }

  /** Each configuration's best throughput, then the ratios between them. */
  private static void printBest(PrintWriter out, List<ScalingBench.Result> results) {
    double t1 = best(results, "parley extract --threads 1");
    double t2 = best(results, "parley extract --threads 2");
    double s1 = best(results, "parley spark local[1]");
    double s2 = best(results, "parley spark local[2]");
    out.println();
    out.printf(
        Locale.ROOT,
        "best docs/s (wall): extract t1 %.1f, t2 %.1f; spark local[1] %.1f, local[2] %.1f%n",
        t1,
        t2,
        s1,
        s2);
    out.printf(
        Locale.ROOT,
        "ratios: extract t2/t1 %.2f; spark local[2]/local[1] %.2f; local[1]/t1 %.2f; local[2]/t2 %.2f%n",
        t2 / t1,
        s2 / s1,
        s1 / t1,
        s2 / t2);
  }

  private static double best(List<ScalingBench.Result> results, String config) {
    return results.stream()
        .filter(r -> r.config().equals(config))
        .map(r -> r.documents() / r.wallSeconds())
        .max(Comparator.naturalOrder())
        .orElse(0.0);
  }
}
