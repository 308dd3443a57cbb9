package org.parley.cli.extract;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.parley.extract.ClaimExtractor;
import org.parley.extract.Extraction;
import org.parley.model.Diagnostic;
import org.parley.model.Document;
import org.parley.model.limit.Deadline;

/**
 * Extracts documents on {@code threads} threads and hands the results to a consumer in the order
 * the documents were submitted, so that output is the same whatever the thread count. At most a few
 * documents per thread are in flight, so memory stays flat on any corpus. Each document has its
 * time budget from the moment a thread takes it up; a document that runs past it, or on which the
 * extractor breaks in any way (even with an {@link Error} such as a stack overflow), comes out as a
 * failed {@link Extraction} in its place, and the run goes on.
 */
public final class OrderedExtraction implements AutoCloseable {
  private final ClaimExtractor extractor;
  private final ExecutorService pool;
  private final Deque<Future<Extraction>> inFlight = new ArrayDeque<>();
  private final int window;
  private final Consumer<Extraction> sink;
  private final Duration budget;

  /** Extraction without a time budget on {@code threads} threads, results to {@code sink}. */
  public OrderedExtraction(ClaimExtractor extractor, int threads, Consumer<Extraction> sink) {
    this(extractor, threads, Duration.ZERO, sink);
  }

  /**
   * Extraction on {@code threads} threads whose results go to {@code sink} in order; {@code budget}
   * is each document's time budget (zero: none).
   */
  public OrderedExtraction(
      ClaimExtractor extractor, int threads, Duration budget, Consumer<Extraction> sink) {
    this.budget = budget;
    this.extractor = extractor;
    this.pool =
        Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform().daemon().unstarted(r));
    this.window = threads * 4;
    this.sink = sink;
  }

  /** Queues {@code document}; delivers earlier results while too many are in flight. */
  public void submit(Document document) {
    inFlight.addLast(pool.submit(() -> extractSafely(document)));
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

  private Extraction extractSafely(Document document) {
    try {
      return extractor.extract(document, Deadline.after(budget));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the extractor's contract is never to throw; if it breaks anyway, the document is reported
      String problem = "extraction failed (%s)".formatted(e.getClass().getSimpleName());
      return new Extraction(
          document, List.of(), List.of(Diagnostic.error(document.id().value(), problem)));
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
