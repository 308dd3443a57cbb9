package org.parley.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.model.Document;

/**
 * Runs a stage over an in-memory corpus on the calling thread: a warm-up pass over the first
 * documents, then timed passes; reports the median pass and the highest heap use sampled every 5 ms
 * during the timed passes (after a GC, so earlier garbage does not count).
 */
final class ThroughputHarness {
  private final List<Document> corpus;
  private final long bytes;

  ThroughputHarness(List<Document> corpus) {
    this.corpus = List.copyOf(corpus);
    this.bytes =
        corpus.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
  }

  long bytes() {
    return bytes;
  }

  Measurement measure(String name, BenchStage stage, int warmup, int passes) {
    for (int i = 0; i < Math.min(warmup, corpus.size()); i++) {
      stage.process(corpus.get(i));
    }
    long[] times = new long[passes];
    long items = 0;
    long peak;
    try (HeapSampler sampler = HeapSampler.start()) {
      for (int p = 0; p < passes; p++) {
        long start = System.nanoTime();
        items = 0;
        for (Document d : corpus) {
          items += stage.process(d);
        }
        times[p] = System.nanoTime() - start;
      }
      peak = sampler.peakBytes();
    }
    java.util.Arrays.sort(times);
    return new Measurement(
        name, corpus.size(), bytes, times[passes / 2], peak, items, stage.unit());
  }
}
