package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.contract.batch.BatchLayout;

/**
 * {@code parley ingest BATCH} loads a real job's output into SQLite and PostgreSQL ledgers: every
 * document with the job's claims, once (a second load adds nothing), and the very entries a direct
 * {@code parley ingest} of the corpus records. The mixed corpus reuses one id for a second,
 * different document, which the ledger records as a new version of the first: one document is
 * "re-extracted", and its first version's claims are superseded (kept with {@code --history}).
 */
class LedgerLoadTest {
  @TempDir Path dir;

  private static String loaded(Batches.Compared run) {
    return "ledger: %d new, 1 re-extracted, 0 already recorded, 0 conflicting; %d claims added"
        .formatted(run.summary().extracted() - 1, run.summary().claims());
  }

  private static String again(Batches.Compared run) {
    return "ledger: 0 new, 0 re-extracted, %d already recorded, 0 conflicting; 0 claims added"
        .formatted(run.summary().extracted());
  }

  @Test
  void loadingABatchIntoSqliteTwiceAddsNothingTheSecondTime() throws IOException {
    Batches.Compared run = Batches.mixed();
    String db = dir.resolve("ledger.db").toString();

    Cli.Run first = Cli.parley("ingest", "--db", db, run.batch().toString());
    assertThat(first.code()).as(first.err()).isEqualTo(0);
    assertThat(first.out())
        .contains("batch: %d documents, 0 unreadable".formatted(run.summary().extracted()))
        .contains(loaded(run));
    String exported = export(db);
    assertThat(exported.lines().sorted().toList())
        .isEqualTo(
            Batches.lines(run.batch().resolve(BatchLayout.CLAIMS)).stream().sorted().toList());

    Cli.Run second = Cli.parley("ingest", "--db", db, run.batch().toString());
    assertThat(second.out()).contains(again(run));
    assertThat(export(db)).isEqualTo(exported);
  }

  @Test
  void aBatchHoldsWhatADirectIngestRecords() throws IOException {
    Batches.Compared run = Batches.mixed();
    String db = dir.resolve("direct.db").toString();
    Cli.Run direct = Cli.parley("ingest", "--db", db, "--no-index", run.corpus().toString());
    assertThat(direct.out()).contains(loaded(run));

    Cli.Run batch = Cli.parley("ingest", "--db", db, "--no-index", run.batch().toString());
    assertThat(batch.out()).contains(again(run));
  }

  @Test
  void loadingABatchIntoPostgresTwiceAddsNothingTheSecondTime() throws Exception {
    Batches.Compared run = Batches.mixed();
    String server = postgres();
    String schema = "spark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(server, "CREATE SCHEMA " + schema);
    try {
      String db = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      String index = dir.resolve("search").toString();
      Cli.Run first = Cli.parley("ingest", "--db", db, "--index", index, run.batch().toString());
      assertThat(first.code()).as(first.err()).isEqualTo(0);
      assertThat(first.out()).contains(loaded(run));
      String exported = export(db);
      assertThat(exported.lines().count()).isEqualTo(run.summary().claims());

      Cli.Run second = Cli.parley("ingest", "--db", db, "--index", index, run.batch().toString());
      assertThat(second.out()).contains(again(run));
      assertThat(export(db)).isEqualTo(exported);
    } finally {
      execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** Every claim the ledger holds, superseded ones included, as parley.claim/1 lines. */
  private static String export(String db) {
    return Cli.parley("export", "--db", db, "--format", "jsonl", "--history").out();
  }

  /** The server in PARLEY_PG_URL; skips without one, fails if PARLEY_REQUIRE_PG=1. */
  private static String postgres() {
    String url = System.getenv("PARLEY_PG_URL");
    boolean required = "1".equals(System.getenv("PARLEY_REQUIRE_PG"));
    if (url == null || url.isBlank()) {
      if (required) {
        Assertions.fail("PARLEY_REQUIRE_PG=1 but PARLEY_PG_URL is not set");
      }
      Assumptions.abort("skipped: PARLEY_PG_URL is not set (.ci/start-postgres starts a server)");
    }
    return url;
  }

  private static void execute(String url, String sql) throws SQLException {
    java.net.URI uri = java.net.URI.create(url);
    String[] user = uri.getUserInfo().split(":", 2);
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    try (Connection c = DriverManager.getConnection(jdbc, user[0], user[1]);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
