package org.parley.cli.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.contract.batch.BatchItem;
import org.parley.contract.batch.BatchReader;
import org.parley.ledger.AppendResult;
import org.parley.ledger.AppendTally;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.Extraction;
import org.parley.ledger.RunIdentity;
import org.parley.model.Document;

/**
 * Loads extraction batches ({@code parley spark extract} output) into the ledger: each document
 * with the claims the batch extracted, under the batch's extractor as run identity, one transaction
 * per document, in the batch's reading order. A document already recorded by that run is passed
 * over before anything is parsed into the store, so loading a batch again adds nothing and a load
 * killed part-way completes when run again. A document the batch holds badly is reported and passed
 * over. Not thread-safe.
 */
final class BatchIngest {
  private final ClaimLedger ledger;
  private final PrintWriter err;
  private final AppendTally tally = new AppendTally();
  private long documents;
  private long invalid;

  BatchIngest(ClaimLedger ledger, PrintWriter err) {
    this.ledger = ledger;
    this.err = err;
  }

  /** The sources that are batch folders. */
  static List<Path> batches(List<String> sources) {
    return sources.stream()
        .filter(s -> !s.contains("://"))
        .map(Path::of)
        .filter(BatchReader::isBatch)
        .toList();
  }

  /** Loads every batch in turn. */
  void load(List<Path> batches) {
    for (Path batch : batches) {
      try (BatchReader reader = BatchReader.open(batch)) {
        RunIdentity run = RunIdentity.ofVersion(reader.extractor());
        reader.forEachRemaining(item -> load(batch, item, run));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the batch " + batch, e);
      }
    }
  }

  private void load(Path batch, BatchItem item, RunIdentity run) {
    switch (item) {
      case BatchItem.Entry e -> {
        documents++;
        Document d = e.document().document();
        if (ledger.hasRecorded(d.id(), d.contentHash(), run)) {
          tally.addAlreadyRecorded();
          return;
        }
        AppendResult result = tally.add(ledger.append(new Extraction(d, run, e.claims())));
        if (result instanceof AppendResult.ConflictsWithRecorded c) {
          err.println("parley ingest: warning: " + d.id() + ": " + c.problem());
        }
      }
      case BatchItem.Invalid bad -> {
        invalid++;
        err.println("parley ingest: error: " + batch.resolve(bad.where()) + ": " + bad.problem());
      }
    }
  }

  /** Documents met in the batches, readable or not. */
  long documents() {
    return documents + invalid;
  }

  /** Documents the batches hold badly. */
  long invalid() {
    return invalid;
  }

  AppendTally.Counts counts() {
    return tally.counts();
  }
}
