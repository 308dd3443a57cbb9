package org.parley.cli.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.parley.cli.extract.OrderedExtraction;
import org.parley.cli.limits.TimeBudgetOption;
import org.parley.extract.ClaimExtractor;
import org.parley.ingest.IngestEvent;
import org.parley.ledger.AppendResult;
import org.parley.ledger.AppendTally;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.Extraction;
import org.parley.ledger.RunIdentity;
import org.parley.model.Diagnostic;
import org.parley.model.Document;

/**
 * The ingest loop's one step: a new document is extracted (unless this run already recorded its
 * content) and appended; duplicates and skipped inputs are only reported. Findings go to stderr.
 * Extraction runs on worker threads while the calling thread appends the finished documents in the
 * order they were read, one transaction each: the ledger's content and order are the same whatever
 * the thread count, and appending overlaps extracting. Not thread-safe; one per run.
 */
public final class LedgerIngest implements AutoCloseable {
  private final ClaimLedger ledger;
  private final OrderedExtraction extractions;
  private final RunIdentity run;
  private final AppendTally tally = new AppendTally();
  private final PrintWriter err;

  /** Finished extractions waiting for the appender, in reading order; empty marks the end. */
  private final BlockingQueue<Optional<org.parley.extract.Extraction>> pending =
      new ArrayBlockingQueue<>(32);

  private final AtomicInteger failed = new AtomicInteger();
  private final Thread appender;
  private volatile @Nullable RuntimeException failure;

  /** An ingest with the default time budget per document. */
  public LedgerIngest(ClaimLedger ledger, ClaimExtractor extractor, int threads, PrintWriter err) {
    this(ledger, extractor, threads, Duration.ofSeconds(TimeBudgetOption.DEFAULT_SECONDS), err);
  }

  /**
   * An ingest that extracts on {@code threads} threads, each document within {@code budget} (zero:
   * none); a document whose extraction fails or runs past it is reported and not recorded, so a
   * later run tries it again.
   */
  public LedgerIngest(
      ClaimLedger ledger, ClaimExtractor extractor, int threads, Duration budget, PrintWriter err) {
    this.ledger = ledger;
    this.run = RunIdentity.ofVersion(extractor.version());
    this.err = err;
    this.extractions = new OrderedExtraction(extractor, threads, budget, this::handOver);
    this.appender = Thread.ofPlatform().name("parley-append").daemon().start(this::appendAll);
  }

  /** Extracts and appends the event's document when it is new. */
  public void accept(IngestEvent event) {
    switch (event) {
      case IngestEvent.Read r -> {
        r.notes().forEach(this::report);
        record(r.document());
      }
      case IngestEvent.Duplicate d -> {}
      case IngestEvent.Skipped s -> report(s.diagnostic());
    }
  }

  /** Documents whose extraction failed (or ran past the budget) and that were not recorded. */
  public int failedExtractions() {
    return failed.get();
  }

  public AppendTally.Counts counts() {
    return tally.counts();
  }

  public RunIdentity run() {
    return run;
  }

  /**
   * Delivers every extraction still in flight and waits until all are appended (call once the
   * events are done); throws what the appender met, if anything.
   */
  public void finish() {
    extractions.finish();
    put(Optional.empty());
    try {
      appender.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while appending", e);
    }
    rethrow();
  }

  @Override
  public void close() {
    extractions.close();
    appender.interrupt();
  }

  /** Hands a finished extraction to the appender thread, waiting while it is behind. */
  private void handOver(org.parley.extract.Extraction x) {
    rethrow();
    put(Optional.of(x));
  }

  private void put(Optional<org.parley.extract.Extraction> x) {
    try {
      pending.put(x);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while appending", e);
    }
  }

  private void rethrow() {
    RuntimeException f = failure;
    if (f != null) {
      throw f;
    }
  }

  /**
   * The appender thread: appends in the order handed over, one transaction each, so reading and
   * de-duplicating the next documents overlaps storing the last ones. After a failure it only
   * drains the queue; the failure reaches the reading thread.
   */
  private void appendAll() {
    try {
      for (Optional<org.parley.extract.Extraction> x = pending.take();
          x.isPresent();
          x = pending.take()) {
        if (failure == null) {
          try {
            append(x.get());
          } catch (RuntimeException e) {
            failure = e;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(Document d) {
    if (ledger.hasRecorded(d.id(), d.contentHash(), run)) {
      tally.addAlreadyRecorded();
      return;
    }
    extractions.submit(d);
  }

  /** Appends one extraction; called in the order the documents were read. */
  private void append(org.parley.extract.Extraction x) {
    Document d = x.document();
    x.diagnostics().forEach(this::report);
    if (x.isFailed()) {
      failed.incrementAndGet();
      return;
    }
    AppendResult result = tally.add(ledger.append(new Extraction(d, run, x.claims())));
    if (result instanceof AppendResult.ConflictsWithRecorded c) {
      report(Diagnostic.warning(d.id().value(), c.problem()));
    }
  }

  private void report(Diagnostic d) {
    err.println("parley ingest: " + d);
  }
}
