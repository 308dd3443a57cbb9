package org.parley.bench.fuzz;

import java.time.Duration;
import java.util.List;

/**
 * What a fuzzing campaign did: how many mutants it ran, how many documents they read into and
 * extracted, how many inputs or records were reported as unreadable, how many documents the
 * extractor reported as failed, the highest heap in use after a collection, the time taken, and
 * every mutant that broke the property.
 */
public record FuzzReport(
    int mutants,
    long documents,
    long skipped,
    long failedExtractions,
    long claims,
    long peakHeapBytes,
    Duration elapsed,
    List<Finding> findings) {
  public FuzzReport {
    findings = List.copyOf(findings);
  }

  /** A mutant that broke the property: an exception escaped, or it took too long. */
  public record Finding(int mutant, String seed, String mutation, String problem) {
    @Override
    public String toString() {
      return "mutant %d (%s, %s): %s".formatted(mutant, seed, mutation, problem);
    }
  }

  /** The report in a few lines, for people. */
  public String describe() {
    return ("%d mutants in %.1f s: %d documents (%d claims), %d inputs or records reported"
            + " unreadable, %d extractions reported failed; peak heap after GC %d MiB;"
            + " %d findings")
        .formatted(
            mutants,
            elapsed.toMillis() / 1000.0,
            documents,
            claims,
            skipped,
            failedExtractions,
            peakHeapBytes >> 20,
            findings.size());
  }
}
