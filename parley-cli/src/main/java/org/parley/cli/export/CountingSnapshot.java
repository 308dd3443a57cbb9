package org.parley.cli.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.DocumentVersion;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.LedgerStats;
import org.parley.ledger.ReviewRecord;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * A snapshot that tells {@code progress} how many claims (or documents) it has streamed so far, so
 * that an exporter reading through it drives a progress bar without knowing of one.
 */
final class CountingSnapshot implements LedgerSnapshot {
  private final LedgerSnapshot snapshot;
  private final LongConsumer progress;
  private long streamed;

  CountingSnapshot(LedgerSnapshot snapshot, LongConsumer progress) {
    this.snapshot = snapshot;
    this.progress = progress;
  }

  @Override
  public void forEachClaim(ClaimQuery query, Consumer<LedgerEntry> sink) {
    snapshot.forEachClaim(
        query,
        e -> {
          sink.accept(e);
          progress.accept(++streamed);
        });
  }

  @Override
  public void forEachDocument(Consumer<Document> sink) {
    snapshot.forEachDocument(
        d -> {
          sink.accept(d);
          progress.accept(++streamed);
        });
  }

  @Override
  public Instant asOf() {
    return snapshot.asOf();
  }

  @Override
  public List<LedgerEntry> claims(ClaimQuery query) {
    return snapshot.claims(query);
  }

  @Override
  public long count(ClaimQuery query) {
    return snapshot.count(query);
  }

  @Override
  public List<ReviewRecord> reviews(DocumentId doc) {
    return snapshot.reviews(doc);
  }

  @Override
  public List<LedgerEntry> claimsById(List<EntryId> ids) {
    return snapshot.claimsById(ids);
  }

  @Override
  public Optional<Document> document(DocumentId id) {
    return snapshot.document(id);
  }

  @Override
  public void forEachDocumentVersion(Instant after, Consumer<DocumentVersion> sink) {
    snapshot.forEachDocumentVersion(after, sink);
  }

  @Override
  public LedgerStats stats() {
    return snapshot.stats();
  }
}
