package org.parley.bench.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.RunIdentity;

/**
 * Throw-away ledgers of synthetic claims for the benchmarks: where one lives (a SQLite file in a
 * temporary folder, or a fresh schema of a PostgreSQL database), filling it through the real append
 * path, and removing it afterwards. Stateless.
 */
public final class BenchLedgers {
  private static final RunIdentity RUN = new RunIdentity("bench-extract-1", "bench-kb-1");

  private BenchLedgers() {}

  /** A new ledger: in {@code dir} when {@code db} is null, else a fresh schema of {@code db}. */
  public static LedgerLocation location(@Nullable String db, Path dir) {
    if (db == null) {
      return new LedgerLocation.Sqlite(dir.resolve("ledger.db"));
    }
    LedgerLocation l = LedgerLocation.parse(db);
    if (l instanceof LedgerLocation.Postgres p) {
      return p.inSchema("bench_" + UUID.randomUUID().toString().substring(0, 8));
    }
    if (Files.exists(((LedgerLocation.Sqlite) l).file())) {
      throw new IllegalArgumentException(db + " exists; the benchmark builds a new ledger");
    }
    return l;
  }

  /** Appends {@code documents} synthetic documents of 10 claims each, one transaction each. */
  public static void fill(ClaimLedger ledger, int documents, PrintStream out) {
    SyntheticCorpus corpus = new SyntheticCorpus(10);
    long start = System.nanoTime();
    for (int i = 0; i < documents; i++) {
      ledger.append(corpus.extraction(i, RUN));
    }
    double s = (System.nanoTime() - start) / 1e9;
    out.printf(
        "filled: %,d documents in %.1f s (%,.0f documents/s)%n", documents, s, documents / s);
  }

  /** Drops a PostgreSQL schema made by {@link #location}, and deletes {@code dir}. */
  public static void cleanUp(LedgerLocation location, Path dir, @Nullable String db)
      throws SQLException {
    if (location instanceof LedgerLocation.Postgres p && db != null) {
      drop(p);
    }
    delete(dir);
  }

  static void drop(LedgerLocation.Postgres p) throws SQLException {
    try (Connection c = DriverManager.getConnection(p.jdbcUrl(), p.user(), p.password())) {
      c.createStatement().execute("DROP SCHEMA " + p.schema() + " CASCADE");
    }
  }

  /** Deletes a benchmark's temporary folder (about 1.5 GB for 1,000,000 claims). */
  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println("bench: could not delete " + dir + ": " + e);
    }
  }
}
