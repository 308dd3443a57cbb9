package org.parley.cli.ingest;

import java.io.PrintWriter;
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
 */
final class LedgerIngest {
  private final ClaimLedger ledger;
  private final ClaimExtractor extractor;
  private final RunIdentity run;
  private final AppendTally tally = new AppendTally();
  private final PrintWriter err;

  LedgerIngest(ClaimLedger ledger, ClaimExtractor extractor, PrintWriter err) {
    this.ledger = ledger;
    this.extractor = extractor;
    this.run = runIdentity(extractor.version());
    this.err = err;
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

  private void record(Document d) {
    if (ledger.hasRecorded(d.id(), d.contentHash(), run)) {
      tally.addAlreadyRecorded();
      return;
    }
    org.parley.extract.Extraction x = extractor.extract(d);
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
