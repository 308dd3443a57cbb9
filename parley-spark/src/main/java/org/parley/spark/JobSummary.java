package org.parley.spark;

import java.util.List;
import org.parley.ingest.IngestSummary;

/**
 * What a job did: the reading summary ({@link IngestSummary}, the same counts {@code parley
 * extract} prints), documents extracted and failed, claims, how often executors loaded the
 * extractor, on what, and where the time went (seconds per phase: list, read, admit, extract,
 * write).
 */
public record JobSummary(
    String extractor,
    String master,
    int cores,
    int entries,
    IngestSummary reading,
    long extracted,
    long failed,
    long claims,
    long extractorLoads,
    Timing seconds) {
  /** Seconds per phase. */
  public record Timing(double list, double read, double admit, double extract, double write) {
    /** All of them. */
    public double total() {
      return list + read + admit + extract + write;
    }
  }

  /** Inputs lost to faults, and documents the extractor failed on. */
  public long failures() {
    return reading.failures() + failed;
  }

  /** Lines for people. */
  public List<String> describe() {
    double total = seconds.total();
    return List.of(
        reading.describe(),
        "%d documents extracted (%d failed), %d claims, in %.1f s on %s (%d cores): %.1f documents/s"
            .formatted(
                extracted, failed, claims, total, master, cores, total > 0 ? extracted / total : 0),
        "time: list %.1f s, read %.1f s, admit %.1f s, extract %.1f s, write %.1f s"
            .formatted(
                seconds.list(),
                seconds.read(),
                seconds.admit(),
                seconds.extract(),
                seconds.write()),
        "extractor %s, loaded %d time(s) in this job (once per executor JVM)"
            .formatted(extractor, extractorLoads));
  }
}
