package org.parley.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments of {@code parley ingest} while it records (20 kills on each
 * store, each leaving the ledger part-way, the delays drawn from a fixed seed), then a re-run: the
 * ledger's export is byte-identical to that of an uninterrupted run. Real child processes on a real
 * SQLite file and on the PostgreSQL server. {@code -Dparley.kills=N} raises the number of kills.
 */
class KillNineIT {
  private static final int KILLS = Integer.getInteger("parley.kills", 20);

  @TempDir Path dir;
  private final List<String> schemas = new ArrayList<>();
  private PgServer pg;
  private long wholeCount;

  @AfterEach
  void dropSchemas() {
    if (pg != null) {
      schemas.forEach(pg::drop);
    }
  }

  @Test
  void killedIngestsOnSqliteLoseNothing() throws Exception {
    Path corpus = FaultCorpus.write(dir, 6);
    String expected = export(dir.resolve("whole.db").toString(), corpus, "whole");

    String killed = killRepeatedly(dir.resolve("killed.db").toString(), corpus, new Random(14));

    assertThat(killed).isEqualTo(expected).isNotEmpty();
  }

  @Test
  void killedIngestsOnPostgresLoseNothing() throws Exception {
    pg = PgServer.require();
    Path corpus = FaultCorpus.write(dir, 6);
    String whole = PgServer.newSchema();
    String killedSchema = PgServer.newSchema();
    schemas.addAll(List.of(whole, killedSchema));
    String expected = export(pg.url(whole), corpus, "whole");

    String killed = killRepeatedly(pg.url(killedSchema), corpus, new Random(41));

    assertThat(killed).isEqualTo(expected).isNotEmpty();
  }

  /** The export after an uninterrupted ingest of {@code corpus} into {@code db}. */
  private String export(String db, Path corpus, String name) throws Exception {
    CliProcess.Result r =
        CliProcess.run(
            logs(), name, Map.of(), "ingest", "--no-progress", "--db", db, corpus.toString());
    assertThat(r.code()).as(r.err()).isZero();
    wholeCount = LedgerRows.extractions(db);
    return exported(db);
  }

  /**
   * Kills ingests of {@code corpus} into {@code db} {@link #KILLS} times, then completes one. Each
   * kill strikes while the run is recording: once the ledger has grown past what the earlier runs
   * left, after a random delay of up to a quarter second, so every kill leaves a ledger part-way.
   */
  private String killRepeatedly(String db, Path corpus, Random random) throws Exception {
    for (int kills = 0; kills < KILLS; kills++) {
      long before = LedgerRows.extractions(db);
      CliProcess p =
          CliProcess.start(
              logs(),
              "killed" + kills,
              Map.of(),
              "ingest",
              "--no-progress",
              "--db",
              db,
              corpus.toString());
      awaitGrowth(db, before, p);
      Thread.sleep(random.nextInt(250));
      assertThat(p.isAlive())
          .as("the corpus ran out after %d kills; the ingest ended by itself", kills)
          .isTrue();
      p.kill9();
      assertThat(LedgerRows.extractions(db))
          .as("kill %d left the ledger part-way", kills)
          .isGreaterThan(before)
          .isLessThan(wholeCount);
    }
    CliProcess.Result last =
        CliProcess.run(
            logs(), "rerun", Map.of(), "ingest", "--no-progress", "--db", db, corpus.toString());
    assertThat(last.code()).as(last.err()).isZero();
    return exported(db);
  }

  private static void awaitGrowth(String db, long before, CliProcess p) throws Exception {
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (LedgerRows.extractions(db) <= before) {
      assertThat(p.isAlive()).as("the ingest ended before recording anything").isTrue();
      assertThat(System.nanoTime()).as("nothing recorded in five minutes").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private String exported(String db) throws Exception {
    CliProcess.Result r =
        CliProcess.run(logs(), "export", Map.of(), "export", "--format", "jsonl", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  private Path logs() {
    return dir.resolve("logs");
  }
}
