package org.parley.ledger;

import java.time.Instant;
import java.util.function.Consumer;
import org.parley.model.DocumentId;

/**
 * An append-only, bitemporal store of documents and claims. Appends are idempotent (the same
 * document content extracted by the same run is recorded once) and atomic per document; nothing
 * recorded is ever changed or removed. Reads go through a {@link LedgerSnapshot} as of a recorded
 * instant. Implementations are thread-safe; close them to release their connections.
 */
public interface ClaimLedger extends AutoCloseable {
  /**
   * Records one document and the claims extracted from it, in one transaction. Expected outcomes
   * (already recorded, superseding an earlier extraction) are results, not exceptions; a store
   * failure is a {@link LedgerException}.
   *
   * @throws IllegalArgumentException if a claim's evidence names another document
   */
  AppendResult append(Extraction extraction);

  /**
   * Records claims without their document's text (an import of {@code parley.claim/1} records),
   * with the same idempotency and supersession rules as {@link #append(Extraction)}.
   */
  AppendResult appendClaims(ClaimImport claims);

  /**
   * Whether this content of the document was already recorded by this run, so that a caller can
   * skip extracting it again ({@link #append} would answer {@link AppendResult.AlreadyRecorded}).
   */
  boolean hasRecorded(DocumentId doc, String contentHash, RunIdentity run);

  /**
   * Records a reviewer's decision about a current entry, append-only, at a recorded instant after
   * everything recorded before; from then on every snapshot lays it over the claim (and over the
   * claim a later extraction gives in its place; see {@link ReviewMatch}).
   */
  ReviewResult review(Review review);

  /** The ledger as it stood at {@code recordedAt}: only what was recorded at or before it. */
  LedgerSnapshot asOf(Instant recordedAt);

  /**
   * The ledger as of its latest recorded instant; the snapshot's {@link LedgerSnapshot#asOf()}
   * reproduces it later.
   */
  LedgerSnapshot latest();

  /**
   * Calls {@code listener} after each committed append that added claims (in the appending thread),
   * to keep derived views such as the search index in step.
   */
  void onAppended(Consumer<AppendResult.Recorded> listener);

  /** A short description of the store for messages ("sqlite:/home/me/.parley/ledger.db"). */
  String describe();

  @Override
  void close();
}
