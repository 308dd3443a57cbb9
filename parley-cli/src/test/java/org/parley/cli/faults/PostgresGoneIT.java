package org.parley.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server goes away in the middle of an ingest (every connection to it drops, as when
 * it crashes or the network fails): the run ends with a clear message and no stack trace, and a
 * re-run once the server is back completes the ledger to what an uninterrupted run makes.
 */
class PostgresGoneIT {
  @TempDir Path dir;
  private final List<String> schemas = new ArrayList<>();
  private PgServer pg;

  @AfterEach
  void dropSchemas() {
    if (pg != null) {
      schemas.forEach(pg::drop);
    }
  }

  @Test
  void aRerunCompletesTheLedgerAfterTheServerWentAway() throws Exception {
    pg = PgServer.require();
    Path corpus = FaultCorpus.write(dir);
    Path logs = dir.resolve("logs");
    String whole = PgServer.newSchema();
    String cut = PgServer.newSchema();
    schemas.addAll(List.of(whole, cut));
    CliProcess.Result full =
        CliProcess.run(
            logs,
            "whole",
            Map.of(),
            "ingest",
            "--no-progress",
            "--db",
            pg.url(whole),
            corpus.toString());
    assertThat(full.code()).as(full.err()).isZero();

    CliProcess.Result broken;
    try (TcpProxy proxy = TcpProxy.to(pg.host(), pg.port())) {
      CliProcess p =
          CliProcess.start(
              logs,
              "cut",
              Map.of(),
              "ingest",
              "--no-progress",
              "--db",
              pg.urlVia(proxy.port(), cut),
              corpus.toString());
      waitForExtractions(cut, 5, p);
      proxy.cut();
      broken = p.await();
    }
    CliProcess.Result rerun =
        CliProcess.run(
            logs,
            "rerun",
            Map.of(),
            "ingest",
            "--no-progress",
            "--db",
            pg.url(cut),
            corpus.toString());

    assertThat(broken.code()).as(broken.err()).isEqualTo(3);
    assertThat(broken.err())
        .contains("parley ingest: ledger postgresql://")
        .doesNotContain("\tat ");
    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(export(logs, pg.url(cut))).isEqualTo(export(logs, pg.url(whole))).isNotEmpty();
  }

  private void waitForExtractions(String schema, int atLeast, CliProcess p) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (LedgerRows.extractions(pg.url(schema)) >= atLeast) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the ingest stored fewer than " + atLeast + " documents");
  }

  private static String export(Path logs, String db) throws Exception {
    CliProcess.Result r =
        CliProcess.run(logs, "export", Map.of(), "export", "--format", "jsonl", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }
}
