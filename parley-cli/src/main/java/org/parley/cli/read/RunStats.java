package org.parley.cli.read;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.parley.ingest.IngestSummary;

/**
 * Throughput and peak heap of a run, for {@code --stats}: documents per second (read and
 * duplicates), megabytes of input per second, and the sum of the heap pools' peak use since the run
 * started.
 */
record RunStats(long startNanos) {
  static RunStats start() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    return new RunStats(System.nanoTime());
  }

  String finish(IngestSummary summary, long bytes) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long docs = summary.read() + summary.exactDuplicates() + summary.nearDuplicates();
    double mb = bytes / 1048576.0;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    return "%d documents, %.1f MB in %.2f s: %.0f docs/s, %.2f MB/s; peak heap %d MB (max %d MB)"
        .formatted(
            docs,
            mb,
            seconds,
            docs / seconds,
            mb / seconds,
            peak >> 20,
            Runtime.getRuntime().maxMemory() >> 20);
  }
}
