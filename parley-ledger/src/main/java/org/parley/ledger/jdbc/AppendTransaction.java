package org.parley.ledger.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.AppendResult;
import org.parley.ledger.ExtractionId;
import org.parley.model.Document;

/**
 * Records one claim set inside an open transaction, holding the ledger's writer lock: returns the
 * earlier identical recording if there is one, else allocates ids and a strictly increasing
 * recorded instant, inserts the document version, the extraction, the supersession of the
 * document's current claim set and the claims. Either all of it commits or none does.
 */
final class AppendTransaction {
  private final Dialect dialect;
  private final Clock clock;

  AppendTransaction(Dialect dialect, Clock clock) {
    this.dialect = dialect;
    this.clock = clock;
  }

  AppendResult run(Handle h, Recording r) {
    if (dialect.writeLock() != null) {
      h.execute(dialect.writeLock());
    }
    Optional<Map<String, Object>> earlier =
        h.createQuery(
                "SELECT extraction_id, recorded_us FROM extraction WHERE doc_id = :doc"
                    + " AND source_hash = :hash AND extractor = :extractor AND kb = :kb")
            .bind("doc", r.doc().value())
            .bind("hash", r.sourceHash())
            .bind("extractor", r.run().extractor())
            .bind("kb", r.run().knowledgeBase())
            .mapToMap()
            .findOne();
    if (earlier.isPresent()) {
      return compare(h, r, earlier.get());
    }
    return record(h, r);
  }

  private AppendResult compare(Handle h, Recording r, Map<String, Object> earlier) {
    ExtractionId id = new ExtractionId(((Number) earlier.get("extraction_id")).longValue());
    List<String> stored =
        h.createQuery("SELECT json FROM claim WHERE extraction_id = :id ORDER BY ordinal")
            .bind("id", id.value())
            .mapTo(String.class)
            .list();
    if (stored.equals(r.lines())) {
      Instant at = Micros.toInstant(((Number) earlier.get("recorded_us")).longValue());
      return new AppendResult.AlreadyRecorded(r.doc(), id, at);
    }
    return new AppendResult.ConflictsWithRecorded(
        r.doc(),
        id,
        "recorded earlier by the same run with %d claims, now %d different ones"
            .formatted(stored.size(), r.lines().size()));
  }

  private AppendResult record(Handle h, Recording r) {
    long last = maxOf(h, ReviewStore.LAST_RECORDED);
    long now = Math.max(Micros.of(clock.instant()), last + 1);
    long extractionId = maxOf(h, "SELECT MAX(extraction_id) FROM extraction") + 1;
    List<Long> current =
        h.createQuery(
                "SELECT e.extraction_id FROM extraction e WHERE e.doc_id = :doc AND NOT EXISTS"
                    + " (SELECT 1 FROM supersession s WHERE s.superseded_id = e.extraction_id)"
                    + " ORDER BY e.extraction_id")
            .bind("doc", r.doc().value())
            .mapTo(Long.class)
            .list();
    String outlet = insertDocument(h, r, now);
    insertExtraction(h, r, extractionId, now);
    for (long replaced : current) {
      h.createUpdate(
              "INSERT INTO supersession (superseded_id, superseded_by, recorded_us)"
                  + " VALUES (:old, :new, :at)")
          .bind("old", replaced)
          .bind("new", extractionId)
          .bind("at", now)
          .execute();
    }
    new ClaimInserts(h).insert(r, extractionId, now, outlet);
    Instant at = Micros.toInstant(now);
    ExtractionId id = new ExtractionId(extractionId);
    if (current.isEmpty()) {
      return new AppendResult.Appended(r.doc(), id, at, r.claims().size());
    }
    List<ExtractionId> replaced = current.stream().map(ExtractionId::new).toList();
    return new AppendResult.Superseded(r.doc(), id, at, r.claims().size(), replaced);
  }

  /** Inserts the document version unless already there; returns the outlet for the claims. */
  private static @Nullable String insertDocument(Handle h, Recording r, long now) {
    Document d = r.document();
    if (d == null) {
      return h.createQuery(
              "SELECT outlet FROM document WHERE doc_id = :doc ORDER BY recorded_us DESC LIMIT 1")
          .bind("doc", r.doc().value())
          .mapTo(String.class)
          .findFirst()
          .orElse(null);
    }
    boolean known =
        h.createQuery("SELECT 1 FROM document WHERE doc_id = :doc AND content_hash = :hash")
            .bind("doc", d.id().value())
            .bind("hash", d.contentHash())
            .mapTo(Integer.class)
            .findFirst()
            .isPresent();
    if (!known) {
      h.createUpdate(
              "INSERT INTO document (doc_id, content_hash, published, outlet, url, title,"
                  + " body_start, body_end, text, recorded_us) VALUES (:doc, :hash, :published,"
                  + " :outlet, :url, :title, :bodyStart, :bodyEnd, :text, :at)")
          .bind("doc", d.id().value())
          .bind("hash", d.contentHash())
          .bind("published", d.date() == null ? null : d.date().toEpochDay())
          .bind("outlet", d.outlet())
          .bind("url", d.url())
          .bind("title", d.title())
          .bind("bodyStart", d.body().start())
          .bind("bodyEnd", d.body().end())
          .bind("text", d.text())
          .bind("at", now)
          .execute();
    }
    return d.outlet();
  }

  private static void insertExtraction(Handle h, Recording r, long id, long now) {
    h.createUpdate(
            "INSERT INTO extraction (extraction_id, doc_id, source_hash, has_document, extractor,"
                + " kb, claim_count, recorded_us) VALUES (:id, :doc, :hash, :hasDocument,"
                + " :extractor, :kb, :count, :at)")
        .bind("id", id)
        .bind("doc", r.doc().value())
        .bind("hash", r.sourceHash())
        .bind("hasDocument", r.document() == null ? 0 : 1)
        .bind("extractor", r.run().extractor())
        .bind("kb", r.run().knowledgeBase())
        .bind("count", r.claims().size())
        .bind("at", now)
        .execute();
  }

  static long maxOf(Handle h, String sql) {
    return h.createQuery(sql).mapTo(Long.class).findFirst().orElse(0L);
  }

  /** Batched inserts of a claim set's rows and their party and region rows. */
  private record ClaimInserts(Handle h) {
    void insert(Recording r, long extractionId, long now, @Nullable String outlet) {
      if (r.claims().isEmpty()) {
        return;
      }
      long nextId = maxOf(h, "SELECT MAX(claim_id) FROM claim") + 1;
      PreparedBatch claims = h.prepareBatch(ClaimInsertSql.CLAIM);
      PreparedBatch parties = h.prepareBatch(ClaimInsertSql.PARTY);
      PreparedBatch regions = h.prepareBatch(ClaimInsertSql.REGION);
      PreparedBatch pairs = h.prepareBatch(ClaimInsertSql.REGION_PARTY);
      PreparedBatch typed = h.prepareBatch(ClaimInsertSql.PARTY_TYPE);
      for (int i = 0; i < r.claims().size(); i++) {
        long claimId = nextId + i;
        ClaimRow row = ClaimRow.of(r.claims().get(i), r.lines().get(i));
        ClaimInsertSql.bindClaim(claims, row, claimId, extractionId, i, r.doc(), outlet, now);
        row.parties()
            .forEach(
                (actor, role) ->
                    parties
                        .bind("actor", actor)
                        .bind("id", claimId)
                        .bind("from", row.validFrom())
                        .bind("role", role)
                        .add());
        row.regions()
            .forEach(
                region ->
                    regions
                        .bind("region", region)
                        .bind("id", claimId)
                        .bind("from", row.validFrom())
                        .add());
        bindPairs(row, claimId, typed, pairs);
      }
      claims.execute();
      if (parties.size() > 0) {
        parties.execute();
      }
      if (regions.size() > 0) {
        regions.execute();
      }
      if (pairs.size() > 0) {
        pairs.execute();
      }
      if (typed.size() > 0) {
        typed.execute();
      }
    }
  }

  /** The party-and-type and region-and-party rows of one claim (the composite query indexes). */
  private static void bindPairs(
      ClaimRow row, long claimId, PreparedBatch typed, PreparedBatch pairs) {
    if (row.provisionType() != null) {
      for (String actor : row.parties().keySet()) {
        typed
            .bind("actor", actor)
            .bind("type", row.provisionType())
            .bind("id", claimId)
            .bind("from", row.validFrom())
            .add();
      }
    }
    for (String region : row.regions()) {
      for (String actor : row.parties().keySet()) {
        pairs
            .bind("region", region)
            .bind("actor", actor)
            .bind("id", claimId)
            .bind("from", row.validFrom())
            .add();
      }
    }
  }
}
