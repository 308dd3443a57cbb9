package org.parley.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every 5 ms on a daemon thread while open and keeps the highest value seen;
 * a GC runs first, so earlier garbage does not count. Close it to stop sampling.
 */
public final class HeapSampler implements AutoCloseable {
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;

  private HeapSampler() {
    Runtime rt = Runtime.getRuntime();
    this.thread =
        Thread.ofPlatform()
            .daemon()
            .name("heap-sampler")
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                      Thread.sleep(5);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  /** Collects garbage, then starts sampling. */
  public static HeapSampler start() {
    System.gc();
    return new HeapSampler();
  }

  /** The highest used heap sampled so far, in bytes. */
  public long peakBytes() {
    return peak.get();
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
