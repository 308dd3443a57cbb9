package org.parley.ledger.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.AppendResult;
import org.parley.ledger.ClaimImport;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.Extraction;
import org.parley.ledger.LedgerException;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.Review;
import org.parley.ledger.ReviewResult;
import org.parley.ledger.RunIdentity;
import org.parley.ledger.migration.SchemaMigration;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * The ledger on SQLite or PostgreSQL through JDBI, one code path for both. Opening migrates the
 * schema; each append is one transaction under the ledger's writer lock, so appends from several
 * threads or processes are serialised and recorded instants strictly increase. Thread-safe.
 */
public final class JdbiClaimLedger implements ClaimLedger {
  private static final ClaimWriter WRITER = new ClaimWriter();

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final String store;
  private final AppendTransaction append;
  private final ReviewStore reviews;
  private final List<Consumer<AppendResult.Recorded>> listeners = new CopyOnWriteArrayList<>();

  private JdbiClaimLedger(HikariDataSource pool, LedgerLocation location, Clock clock) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.dialect = ConnectionPools.dialect(location);
    this.store = location.describe();
    this.append = new AppendTransaction(dialect, clock);
    this.reviews = new ReviewStore(dialect, clock, store);
  }

  /** Opens (creating and migrating if needed) the ledger at {@code location}. */
  public static JdbiClaimLedger open(LedgerLocation location) {
    return open(location, Clock.systemUTC());
  }

  /** Opens the ledger, taking recorded instants from {@code clock}. */
  public static JdbiClaimLedger open(LedgerLocation location, Clock clock) {
    HikariDataSource pool;
    try {
      pool = ConnectionPools.open(location);
    } catch (RuntimeException e) {
      throw new LedgerException(location.describe(), "connecting", e);
    }
    try {
      new SchemaMigration().migrate(pool, location);
    } catch (RuntimeException e) {
      pool.close();
      throw new LedgerException(location.describe(), "migrating the schema", e);
    }
    return new JdbiClaimLedger(pool, location, clock);
  }

  @Override
  public AppendResult append(Extraction extraction) {
    Document d = extraction.document();
    return record(
        new Recording(
            d.id(),
            d.contentHash(),
            d,
            extraction.run(),
            extraction.claims(),
            lines(extraction.claims())));
  }

  @Override
  public AppendResult appendClaims(ClaimImport claims) {
    List<String> lines = lines(claims.claims());
    String hash = "claims:" + Document.sha256(String.join("\n", lines));
    return record(new Recording(claims.doc(), hash, null, claims.run(), claims.claims(), lines));
  }

  @Override
  public boolean hasRecorded(DocumentId doc, String contentHash, RunIdentity run) {
    try {
      return jdbi.withHandle(
          h ->
              h.createQuery(
                      "SELECT 1 FROM extraction WHERE doc_id = :doc"
                          + " AND source_hash = :hash AND extractor = :extractor AND kb = :kb")
                  .bind("doc", doc.value())
                  .bind("hash", contentHash)
                  .bind("extractor", run.extractor())
                  .bind("kb", run.knowledgeBase())
                  .mapTo(Integer.class)
                  .findFirst()
                  .isPresent());
    } catch (JdbiException e) {
      throw new LedgerException(store, "looking up document " + doc, e);
    }
  }

  @Override
  public LedgerSnapshot asOf(Instant recordedAt) {
    return new JdbiSnapshot(jdbi, dialect, store, recordedAt, reviews);
  }

  @Override
  public LedgerSnapshot latest() {
    long last;
    try {
      last = jdbi.withHandle(h -> AppendTransaction.maxOf(h, ReviewStore.LAST_RECORDED));
    } catch (JdbiException e) {
      throw new LedgerException(store, "reading the latest recorded instant", e);
    }
    return asOf(Micros.toInstant(last));
  }

  @Override
  public ReviewResult review(Review review) {
    try {
      return jdbi.inTransaction(h -> reviews.record(h, review));
    } catch (JdbiException e) {
      throw new LedgerException(store, "recording a review of entry " + review.entry(), e);
    }
  }

  @Override
  public void onAppended(Consumer<AppendResult.Recorded> listener) {
    listeners.add(listener);
  }

  @Override
  public String describe() {
    return store;
  }

  @Override
  public void close() {
    if (dialect == Dialect.SQLITE) {
      try {
        jdbi.useHandle(h -> h.execute("PRAGMA optimize"));
      } catch (JdbiException e) {
        // optimisation is a courtesy; closing goes on
      }
    }
    pool.close();
  }

  private AppendResult record(Recording r) {
    AppendResult result;
    try {
      result = jdbi.inTransaction(h -> append.run(h, r));
    } catch (JdbiException e) {
      throw new LedgerException(store, "appending document " + r.doc(), e);
    }
    if (result instanceof AppendResult.Recorded recorded) {
      listeners.forEach(l -> l.accept(recorded));
    }
    return result;
  }

  private static List<String> lines(List<Claim> claims) {
    return claims.stream().map(WRITER::write).toList();
  }
}
