package org.parley.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Parley;
import org.parley.contract.ClaimWriter;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.LedgerStats;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.ActorId;
import org.parley.model.Statement;
import org.parley.testkit.ClaimFixture;
import org.parley.testkit.DocumentFixture;

/**
 * Kills a real {@code parley ingest BATCH} process with SIGKILL part-way through a batch, then
 * checks that every document recorded so far has all its claims and that running the load again
 * records the rest and nothing twice.
 */
class BatchIngestKillIT {
  private static final int DOCUMENTS = 600;
  private static final int CLAIMS = 3;
  private static final int KILL_AFTER = 40;

  @TempDir Path dir;

  @Test
  void aKilledBatchLoadCompletesWhenRunAgain() throws Exception {
    Path batch = writeBatch(dir.resolve("batch"));
    Path db = dir.resolve("ledger.db");
    try (ClaimLedger ledger = JdbiClaimLedger.open(new LedgerLocation.Sqlite(db))) {
      Process child = start(batch, db, "first.log");
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (ledger.latest().stats().extractions() < KILL_AFTER
          && child.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(child.isAlive()).as("the load is still running when killed").isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      LedgerStats killed = ledger.latest().stats();
      assertThat(killed.extractions()).isBetween((long) KILL_AFTER, (long) DOCUMENTS - 1);
      assertThat(killed.claimsRecorded()).isEqualTo(killed.extractions() * CLAIMS);

      Process rerun = start(batch, db, "second.log");
      assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(dir.resolve("second.log"));
      assertThat(rerun.exitValue()).as(log).isZero();
      assertThat(log)
          .contains(
              "ledger: %d new, 0 re-extracted, %d already recorded"
                  .formatted(DOCUMENTS - killed.extractions(), killed.extractions()));
      LedgerStats done = ledger.latest().stats();
      assertThat(done.extractions()).isEqualTo(DOCUMENTS);
      assertThat(done.claimsRecorded()).isEqualTo((long) DOCUMENTS * CLAIMS);
    }
  }

  private Process start(Path batch, Path db, String log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Parley.class.getName(),
            "ingest",
            "--db",
            db.toString(),
            "--no-index",
            batch.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve(log).toFile());
    return pb.start();
  }

  /** A batch of synthetic reports, each with three quotations, as the Spark job lays one out. */
  private static Path writeBatch(Path batch) throws IOException {
    Files.createDirectories(batch.resolve("documents"));
    Files.createDirectories(batch.resolve("claims"));
    List<String> documents = new ArrayList<>();
    List<String> claims = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String id = "report-%04d".formatted(i);
      String text =
          "Report %d: the delegations met for round %d and agreed to meet again.".formatted(i, i);
      String date = LocalDate.of(2025, 1, 1).plusDays(i % 300).toString();
      documents.add(
          new DocumentJson()
              .write(new DocumentLine(DocumentFixture.withText(id, date, text), id, CLAIMS)));
      for (int c = 0; c < CLAIMS; c++) {
        claims.add(
            new ClaimWriter()
                .write(
                    new Statement(
                        ClaimFixture.provenance(id, date),
                        ActorId.of(c % 2 == 0 ? "RUS" : "UKR"),
                        null,
                        "Quotation %d of report %d.".formatted(c, i))));
      }
    }
    Files.write(batch.resolve("documents/part-00000-x.jsonl"), documents.subList(0, 300));
    Files.write(batch.resolve("documents/part-00001-x.jsonl"), documents.subList(300, DOCUMENTS));
    Files.write(batch.resolve("claims/part-00000-y.jsonl"), claims);
    Files.writeString(
        batch.resolve("summary.json"),
        "{\"schema\":\"parley.batch/1\",\"extractor\":\"parley-extract/kill-test+kb/1\"}");
    return batch;
  }
}
