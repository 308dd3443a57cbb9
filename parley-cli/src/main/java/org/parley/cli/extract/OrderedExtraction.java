package org.parley.cli.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.parley.extract.ClaimExtractor;
import org.parley.extract.Extraction;
import org.parley.model.Document;

/**
 * Extracts documents on {@code threads} threads and hands the results to a consumer in the order
 * the documents were submitted, so that output is the same whatever the thread count. At most a few
 * documents per thread are in flight, so memory stays flat on any corpus.
 */
public final class OrderedExtraction implements AutoCloseable {
  private final ClaimExtractor extractor;
  private final ExecutorService pool;
  private final Deque<Future<Extraction>> inFlight = new ArrayDeque<>();
  private final int window;
  private final Consumer<Extraction> sink;

  /** Extraction on {@code threads} threads whose results go to {@code sink} in order. */
  public OrderedExtraction(ClaimExtractor extractor, int threads, Consumer<Extraction> sink) {
    this.extractor = extractor;
    this.pool =
        Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform().daemon().unstarted(r));
    this.window = threads * 4;
    this.sink = sink;
  }

  /** Queues {@code document}; delivers earlier results while too many are in flight. */
  public void submit(Document document) {
    inFlight.addLast(pool.submit(() -> extractor.extract(document)));
    while (inFlight.size() >= window) {
      deliver();
    }
  }

  /** Delivers everything still in flight. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      deliver();
    }
  }

  private void deliver() {
    try {
      sink.accept(inFlight.removeFirst().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
