package org.parley.cli.ingest;

import java.io.PrintWriter;
import org.parley.cli.extract.OrderedExtraction;
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
final class LedgerIngest implements AutoCloseable {
  private final ClaimLedger ledger;
  private final OrderedExtraction extractions;
  private final RunIdentity run;
  private final AppendTally tally = new AppendTally();
  private final PrintWriter err;

  LedgerIngest(ClaimLedger ledger, ClaimExtractor extractor, int threads, PrintWriter err) {
    this.ledger = ledger;
    this.run = runIdentity(extractor.version());
    this.err = err;
    this.extractions = new OrderedExtraction(extractor, threads, this::append);
  }

  /** Extracts and appends the event's document when it is new. */
  void accept(IngestEvent event) {
    switch (event) {
      case IngestEvent.Read r -> {
        r.notes().forEach(this::report);
        record(r.document());
      }
      case IngestEvent.Duplicate d -> {}
      case IngestEvent.Skipped s -> report(s.diagnostic());
    }
  }

  AppendTally.Counts counts() {
    return tally.counts();
  }

  RunIdentity run() {
    return run;
  }

  /** Delivers every extraction still in flight (call once the events are done). */
  void finish() {
    extractions.finish();
  }

  @Override
  public void close() {
    extractions.close();
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
    AppendResult result = tally.add(ledger.append(new Extraction(d, run, x.claims())));
    if (result instanceof AppendResult.ConflictsWithRecorded c) {
      report(Diagnostic.warning(d.id().value(), c.problem()));
    }
  }

  private void report(Diagnostic d) {
    err.println("parley ingest: " + d);
  }

  /** "parley-extract/rules-1+kb/2025-11-20" → extractor and knowledge base apart. */
  static RunIdentity runIdentity(String version) {
    int kb = version.indexOf("+kb/");
    return kb < 0
        ? new RunIdentity(version, "-")
        : new RunIdentity(version.substring(0, kb), version.substring(kb + 1));
  }
}
