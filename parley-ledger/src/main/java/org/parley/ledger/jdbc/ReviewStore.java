package org.parley.ledger.jdbc;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.parley.contract.ClaimReader;
import org.parley.contract.ClaimWriter;
import org.parley.contract.ReadResult;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerException;
import org.parley.ledger.Review;
import org.parley.ledger.ReviewDecision;
import org.parley.ledger.ReviewRecord;
import org.parley.ledger.ReviewResult;
import org.parley.model.Claim;
import org.parley.model.DocumentId;

/**
 * Records reviews (inside an open transaction holding the writer lock, with a recorded instant
 * after everything recorded before) and reads them back as of an instant. Stateless apart from its
 * clock; thread-safe.
 */
final class ReviewStore {
  /** The latest recorded instant of the ledger: appends and reviews share one clock. */
  static final String LAST_RECORDED =
      "SELECT MAX(m) FROM (SELECT MAX(recorded_us) AS m FROM extraction"
          + " UNION ALL SELECT MAX(recorded_us) AS m FROM review) t";

  private static final ClaimWriter WRITER = new ClaimWriter();
  private static final ClaimReader READER = new ClaimReader();

  private final Dialect dialect;
  private final Clock clock;
  private final String store;

  ReviewStore(Dialect dialect, Clock clock, String store) {
    this.dialect = dialect;
    this.clock = clock;
    this.store = store;
  }

  ReviewResult record(Handle h, Review r) {
    if (dialect.writeLock() != null) {
      h.execute(dialect.writeLock());
    }
    Optional<Map<String, Object>> target = liveClaim(h, r);
    if (target.isEmpty()) {
      return new ReviewResult.UnknownEntry(r.entry());
    }
    long now = Math.max(Micros.of(clock.instant()), AppendTransaction.maxOf(h, LAST_RECORDED) + 1);
    long id = AppendTransaction.maxOf(h, "SELECT MAX(review_id) FROM review") + 1;
    String doc = (String) target.get().get("doc_id");
    String line = (String) target.get().get("json");
    insert(h, r, id, doc, line, now);
    return new ReviewResult.Recorded(
        new ReviewRecord(
            id,
            r.entry(),
            new DocumentId(doc),
            r.decision(),
            claim(line, id),
            r.corrected(),
            r.changes(),
            r.reviewer(),
            r.why(),
            Micros.toInstant(now)));
  }

  /** The reviewed claim's document and JSON line, when it exists and is not superseded. */
  private static Optional<Map<String, Object>> liveClaim(Handle h, Review r) {
    return h.createQuery(
            "SELECT c.doc_id, c.json FROM claim c WHERE c.claim_id = :id AND NOT EXISTS"
                + " (SELECT 1 FROM supersession s WHERE s.superseded_id = c.extraction_id)")
        .bind("id", r.entry().value())
        .mapToMap()
        .findOne();
  }

  private static void insert(Handle h, Review r, long id, String doc, String line, long now) {
    h.createUpdate(
            "INSERT INTO review (review_id, claim_id, doc_id, decision, target, corrected,"
                + " changes, reviewer, why, recorded_us) VALUES (:id, :claim, :doc, :decision,"
                + " :target, :corrected, :changes, :reviewer, :why, :at)")
        .bind("id", id)
        .bind("claim", r.entry().value())
        .bind("doc", doc)
        .bind("decision", r.decision().code())
        .bind("target", line)
        .bind("corrected", r.corrected() == null ? null : WRITER.write(r.corrected()))
        .bind("changes", r.changes())
        .bind("reviewer", r.reviewer())
        .bind("why", r.why())
        .bind("at", now)
        .execute();
  }

  /** Every review recorded at or before {@code asOfMicros}, in recording order. */
  List<ReviewRecord> asOf(Handle h, long asOfMicros) {
    return h.createQuery(
            "SELECT review_id, claim_id, doc_id, decision, target, corrected, changes, reviewer,"
                + " why, recorded_us FROM review WHERE recorded_us <= :asOf ORDER BY review_id")
        .bind("asOf", asOfMicros)
        .map(mapper())
        .list();
  }

  private RowMapper<ReviewRecord> mapper() {
    return (rs, ctx) -> {
      long id = rs.getLong("review_id");
      String corrected = rs.getString("corrected");
      return new ReviewRecord(
          id,
          new EntryId(rs.getLong("claim_id")),
          new DocumentId(rs.getString("doc_id")),
          ReviewDecision.fromCode(rs.getString("decision")),
          claim(rs.getString("target"), id),
          corrected == null ? null : claim(corrected, id),
          rs.getString("changes"),
          rs.getString("reviewer"),
          rs.getString("why"),
          Micros.toInstant(rs.getLong("recorded_us")));
    };
  }

  private Claim claim(String line, long id) {
    return switch (READER.read(line, "review " + id)) {
      case ReadResult.Parsed p -> p.claim();
      case ReadResult.Invalid i ->
          throw new LedgerException(store, "reading review " + id, i.problem());
    };
  }
}
