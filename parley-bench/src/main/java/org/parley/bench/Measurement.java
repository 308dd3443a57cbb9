package org.parley.bench;

/**
 * One stage's figures over a corpus: wall time, sizes, the sampled peak heap and its item count.
 */
record Measurement(
    String stage,
    int documents,
    long bytes,
    long nanos,
    long peakHeapBytes,
    long items,
    String unit) {

  double documentsPerSecond() {
    return documents / (nanos / 1e9);
  }

  double megabytesPerSecond() {
    return bytes / 1e6 / (nanos / 1e9);
  }

  double peakHeapMegabytes() {
    return peakHeapBytes / (1024.0 * 1024.0);
  }
}
