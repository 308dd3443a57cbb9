package org.parley.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * A read-only view of the ledger as of one recorded instant: what it held then, with the
 * supersessions recorded by then applied. Reading a snapshot twice gives the same answer, however
 * much was appended in between. Reviews recorded by then are laid over the claims: a corrected
 * claim reads as corrected, a rejected one is left out unless the query includes superseded entries
 * (history), and every reviewed entry carries its {@link LedgerEntry#review()}. Thread-safe.
 */
public interface LedgerSnapshot {
  /** The recorded instant this view stands at. */
  Instant asOf();

  /**
   * The claims matching {@code query}, newest valid time first (then latest recorded first), at
   * most {@link ClaimQuery#limit()} of them.
   */
  List<LedgerEntry> claims(ClaimQuery query);

  /**
   * How many claims match {@code query}, its limit ignored (to say what a limited list left out).
   */
  long count(ClaimQuery query);

  /**
   * Streams every claim matching {@code query} (its limit ignored) to {@code sink} in recording
   * order (ascending entry id), for exports and analyses over the whole ledger.
   */
  void forEachClaim(ClaimQuery query, Consumer<LedgerEntry> sink);

  /**
   * Every review recorded by {@link #asOf()} about claims of {@code doc}, oldest first (a claim's
   * history lists them; {@link ReviewMatch} says which claim each applies to).
   */
  List<ReviewRecord> reviews(DocumentId doc);

  /** The claims with these ids that are visible in this snapshot, in the order given. */
  List<LedgerEntry> claimsById(List<EntryId> ids);

  /** The document's latest version recorded by {@link #asOf()}, if any. */
  Optional<Document> document(DocumentId id);

  /** Streams the latest version of every document recorded by {@link #asOf()}, by id. */
  void forEachDocument(Consumer<Document> sink);

  /**
   * Streams every document version recorded after {@code after} and by {@link #asOf()}, in
   * recording order, earlier versions included (to feed derived views such as the search index).
   */
  void forEachDocumentVersion(Instant after, Consumer<DocumentVersion> sink);

  /** Counts of what this snapshot holds. */
  LedgerStats stats();
}
