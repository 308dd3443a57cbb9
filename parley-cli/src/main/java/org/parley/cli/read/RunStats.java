package org.parley.cli.read;

import org.parley.ingest.IngestSummary;

/**
 * Throughput and heap of a run, for {@code --stats}: documents per second (read and duplicates),
 * megabytes of input per second, the largest heap use seen (sampled every {@value #SAMPLE_EVERY}
 * events) and the heap still in use after a full collection at the end. Not thread-safe.
 */
final class RunStats {
  private static final int SAMPLE_EVERY = 256;

  private final long startNanos = System.nanoTime();
  private long events;
  private long peakUsed;

  /** Notes one event; samples the heap now and then. */
  void sample() {
    if (events++ % SAMPLE_EVERY == 0) {
      peakUsed = Math.max(peakUsed, used());
    }
  }

  String finish(IngestSummary summary, long bytes) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    peakUsed = Math.max(peakUsed, used());
    System.gc();
    long retained = used();
    long docs = summary.read() + summary.exactDuplicates() + summary.nearDuplicates();
    double mb = bytes / 1048576.0;
    return ("%d documents, %.1f MB in %.2f s: %.0f docs/s, %.2f MB/s;"
            + " heap peak %d MB, after GC %d MB (max %d MB)")
        .formatted(
            docs,
            mb,
            seconds,
            docs / seconds,
            mb / seconds,
            peakUsed >> 20,
            retained >> 20,
            Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
