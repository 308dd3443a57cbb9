package org.parley.ledger.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.DocumentVersion;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerException;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.LedgerStats;
import org.parley.ledger.ReviewDecision;
import org.parley.ledger.ReviewRecord;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;

/**
 * A snapshot read through JDBI: every statement filters on {@code recorded_us <= asOf}, so no
 * transaction is needed to read a consistent state; rows appended later are invisible.
 */
final class JdbiSnapshot implements LedgerSnapshot {
  private static final String DOCUMENT_COLUMNS =
      "SELECT d.doc_id, d.content_hash, d.published, d.outlet, d.url, d.title, d.body_start,"
          + " d.body_end, d.text FROM document d";
  private static final int FETCH_SIZE = 1_000;
  private static final RowMapper<Document> DOCUMENTS =
      (rs, ctx) -> {
        long published = rs.getLong("published");
        LocalDate date = rs.wasNull() ? null : LocalDate.ofEpochDay(published);
        Document d =
            Document.of(
                new DocumentId(rs.getString("doc_id")),
                date,
                rs.getString("outlet"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("text"));
        return d.withBody(new Span(rs.getInt("body_start"), rs.getInt("body_end")));
      };

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final String store;
  private final Instant asOf;
  private final long asOfMicros;
  private final EntryMapper entries;
  private final ReviewStore reviewStore;
  private volatile @Nullable ReviewLayer reviews;

  JdbiSnapshot(Jdbi jdbi, Dialect dialect, String store, Instant asOf, ReviewStore reviewStore) {
    this.jdbi = jdbi;
    this.dialect = dialect;
    this.store = store;
    this.asOf = asOf;
    this.asOfMicros = Micros.of(asOf);
    this.entries = new EntryMapper(store);
    this.reviewStore = reviewStore;
  }

  /** The reviews recorded by this snapshot's instant, read once. */
  private ReviewLayer reviews() {
    ReviewLayer r = reviews;
    if (r == null) {
      r = new ReviewLayer(read("reading reviews", h -> reviewStore.asOf(h, asOfMicros)));
      reviews = r;
    }
    return r;
  }

  @Override
  public List<ReviewRecord> reviews(DocumentId doc) {
    return reviews().of(doc);
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  @Override
  public List<LedgerEntry> claims(ClaimQuery query) {
    ReviewLayer layer = reviews();
    ClaimQuery asked = layer.isEmpty() ? query : query.withLimit(widened(query.limit()));
    ClaimSql q = ClaimSql.of(asked, asOfMicros, ClaimSql.Order.NEWEST_FIRST);
    List<LedgerEntry> found =
        read(
            "reading claims",
            h -> h.createQuery(q.sql()).bindMap(q.bindings()).map(entries).list());
    if (layer.isEmpty()) {
      return found;
    }
    Map<EntryId, LedgerEntry> shown = new LinkedHashMap<>();
    found.stream()
        .map(layer::apply)
        .filter(e -> ReviewLayer.shows(e, query))
        .forEach(e -> shown.put(e.id(), e));
    corrected(layer, query).forEach(e -> shown.putIfAbsent(e.id(), e));
    return shown.values().stream().sorted(ReviewLayer.NEWEST_FIRST).limit(query.limit()).toList();
  }

  /** Rejected rows are dropped after the query: read as many more as there are reviews. */
  private int widened(int limit) {
    long more = reviews().size();
    return (int) Math.min(Integer.MAX_VALUE, limit + more);
  }

  /** The corrected current claims that pass the query's filters once corrected. */
  private List<LedgerEntry> corrected(ReviewLayer layer, ClaimQuery query) {
    if (!layer.hasCorrections()) {
      return List.of();
    }
    List<LedgerEntry> out = new ArrayList<>();
    for (DocumentId doc : layer.correctedDocs()) {
      ClaimQuery ofDoc = ClaimQuery.all().withDoc(doc).withSuperseded(query.includeSuperseded());
      ClaimSql q = ClaimSql.of(ofDoc, asOfMicros, ClaimSql.Order.RECORDING);
      read(
              "reading corrected claims",
              h -> h.createQuery(q.sql()).bindMap(q.bindings()).map(entries).list())
          .stream()
          .map(layer::apply)
          .filter(e -> e.review() != null && e.review().decision() == ReviewDecision.CORRECT)
          .filter(e -> ReviewLayer.shows(e, query))
          .forEach(out::add);
    }
    return out;
  }

  @Override
  public long count(ClaimQuery query) {
    if (!reviews().isEmpty()) {
      long[] n = {0};
      forEachClaim(query, e -> n[0]++);
      return n[0];
    }
    ClaimSql q = ClaimSql.of(query, asOfMicros, ClaimSql.Order.COUNT);
    return read(
        "counting claims",
        h -> h.createQuery(q.sql()).bindMap(q.bindings()).mapTo(Long.class).one());
  }

  @Override
  public void forEachClaim(ClaimQuery query, Consumer<LedgerEntry> sink) {
    ReviewLayer layer = reviews();
    ClaimSql q = ClaimSql.of(query, asOfMicros, ClaimSql.Order.RECORDING);
    if (layer.isEmpty()) {
      stream("streaming claims", q.sql(), q.bindings(), entries, sink);
      return;
    }
    java.util.Deque<LedgerEntry> extra =
        new java.util.ArrayDeque<>(
            corrected(layer, query).stream()
                .sorted(Comparator.comparing(LedgerEntry::id))
                .toList());
    java.util.Set<EntryId> sent = new java.util.HashSet<>();
    Consumer<LedgerEntry> merged =
        e -> {
          while (!extra.isEmpty() && extra.peekFirst().id().compareTo(e.id()) < 0) {
            LedgerEntry x = extra.pollFirst();
            if (sent.add(x.id())) {
              sink.accept(x);
            }
          }
          LedgerEntry r = layer.apply(e);
          if (ReviewLayer.shows(r, query) && sent.add(r.id())) {
            sink.accept(r);
          }
        };
    stream("streaming claims", q.sql(), q.bindings(), entries, merged);
    extra.stream().filter(x -> sent.add(x.id())).forEach(sink);
  }

  @Override
  public List<LedgerEntry> claimsById(List<EntryId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String sql =
        EntryMapper.COLUMNS
            + " FROM claim c JOIN extraction e ON e.extraction_id = c.extraction_id"
            + " WHERE c.claim_id IN (<ids>) AND c.recorded_us <= :asOf AND "
            + EntryMapper.NOT_SUPERSEDED;
    List<LedgerEntry> found =
        read(
            "reading claims by id",
            h ->
                h.createQuery(sql)
                    .bind("asOf", asOfMicros)
                    .bindList("ids", ids.stream().map(EntryId::value).toList())
                    .map(entries)
                    .list());
    Map<EntryId, LedgerEntry> byId = new HashMap<>();
    ReviewLayer layer = reviews();
    found.forEach(e -> byId.put(e.id(), layer.apply(e)));
    List<LedgerEntry> out = new ArrayList<>();
    ids.stream().filter(byId::containsKey).forEach(id -> out.add(byId.get(id)));
    return out;
  }

  @Override
  public Optional<Document> document(DocumentId id) {
    String sql =
        DOCUMENT_COLUMNS
            + " WHERE d.doc_id = :doc AND d.recorded_us <= :asOf"
            + " ORDER BY d.recorded_us DESC LIMIT 1";
    return read(
        "reading document " + id,
        h ->
            h.createQuery(sql)
                .bind("doc", id.value())
                .bind("asOf", asOfMicros)
                .map(DOCUMENTS)
                .findFirst());
  }

  @Override
  public void forEachDocument(Consumer<Document> sink) {
    String sql =
        DOCUMENT_COLUMNS
            + " WHERE d.recorded_us <= :asOf AND NOT EXISTS (SELECT 1 FROM document n"
            + " WHERE n.doc_id = d.doc_id AND n.recorded_us <= :asOf"
            + " AND n.recorded_us > d.recorded_us) ORDER BY d.doc_id";
    stream("streaming documents", sql, Map.of("asOf", asOfMicros), DOCUMENTS, sink);
  }

  @Override
  public void forEachDocumentVersion(Instant after, Consumer<DocumentVersion> sink) {
    String sql =
        DOCUMENT_COLUMNS.replace(" FROM", ", d.recorded_us FROM")
            + " WHERE d.recorded_us > :after AND d.recorded_us <= :asOf ORDER BY d.recorded_us";
    RowMapper<DocumentVersion> versions =
        (rs, ctx) ->
            new DocumentVersion(
                DOCUMENTS.map(rs, ctx), Micros.toInstant(rs.getLong("recorded_us")));
    stream(
        "streaming document versions",
        sql,
        Map.of("after", Micros.of(after), "asOf", asOfMicros),
        versions,
        sink);
  }

  @Override
  public LedgerStats stats() {
    return read(
        "counting",
        h -> {
          long documents =
              count(h, "SELECT COUNT(DISTINCT doc_id) FROM document WHERE recorded_us <= :asOf");
          long extractions = count(h, "SELECT COUNT(*) FROM extraction WHERE recorded_us <= :asOf");
          long superseded =
              count(h, "SELECT COUNT(*) FROM supersession WHERE recorded_us <= :asOf");
          long recorded =
              count(h, "SELECT SUM(claim_count) FROM extraction WHERE recorded_us <= :asOf");
          long current =
              count(
                  h,
                  "SELECT SUM(e.claim_count) FROM extraction e WHERE e.recorded_us <= :asOf"
                      + " AND NOT EXISTS (SELECT 1 FROM supersession s"
                      + " WHERE s.superseded_id = e.extraction_id AND s.recorded_us <= :asOf)");
          return new LedgerStats(asOf, documents, extractions, superseded, recorded, current);
        });
  }

  private long count(Handle h, String sql) {
    return h.createQuery(sql).bind("asOf", asOfMicros).mapTo(Long.class).findFirst().orElse(0L);
  }

  private <T> void stream(
      String what,
      String sql,
      Map<String, Object> bindings,
      RowMapper<T> mapper,
      Consumer<T> sink) {
    read(
        what,
        h -> {
          Runnable run =
              () ->
                  h.createQuery(sql)
                      .bindMap(bindings)
                      .setFetchSize(FETCH_SIZE)
                      .map(mapper)
                      .forEach(sink);
          if (dialect == Dialect.POSTGRESQL) {
            // PostgreSQL's driver only streams (honours the fetch size) inside a transaction.
            h.useTransaction(t -> run.run());
          } else {
            run.run();
          }
          return null;
        });
  }

  private <T> T read(String what, Function<Handle, T> body) {
    try {
      return jdbi.withHandle(body::apply);
    } catch (JdbiException e) {
      throw new LedgerException(store, what, e);
    }
  }
}
