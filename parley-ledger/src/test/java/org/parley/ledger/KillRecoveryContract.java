package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.ledger.jdbc.JdbiClaimLedger;

/**
 * Kills a real appending process with SIGKILL part-way, then checks that the store is consistent
 * (every recorded extraction has all its claims) and that re-running completes it with no duplicate
 * and no loss.
 */
abstract class KillRecoveryContract {
  private static final int DOCUMENTS = 800;
  private static final int CLAIMS = 4;
  private static final int KILL_AFTER = 60;

  abstract LedgerDatabase db();

  abstract String locationArgument();

  abstract String schemaArgument();

  @Test
  void aKilledIngestLeavesTheStoreConsistentAndARerunCompletesIt() throws Exception {
    try (ClaimLedger ledger = JdbiClaimLedger.open(db().location())) {
      Process child = start("first.log");
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (ledger.latest().stats().extractions() < KILL_AFTER
          && child.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(child.isAlive()).as("the child is still appending when killed").isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      LedgerStats killed = ledger.latest().stats();
      assertThat(killed.extractions()).isBetween((long) KILL_AFTER, (long) DOCUMENTS - 1);
      assertConsistent(ledger, killed.extractions());

      Process rerun = start("second.log");
      assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(rerun.exitValue()).as(log("second.log")).isZero();
      assertThat(log("second.log"))
          .contains(
              "appended="
                  + (DOCUMENTS - killed.extractions())
                  + " already="
                  + killed.extractions());
      assertConsistent(ledger, DOCUMENTS);
    }
  }

  private static void assertConsistent(ClaimLedger ledger, long documents) {
    LedgerSnapshot s = ledger.latest();
    LedgerStats stats = s.stats();
    assertThat(stats.extractions()).isEqualTo(documents);
    assertThat(stats.documents()).isEqualTo(documents);
    assertThat(stats.claimsRecorded()).isEqualTo(documents * CLAIMS);
    Map<String, Integer> perDocument = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    s.forEachClaim(
        ClaimQuery.all(),
        e -> {
          perDocument.merge(e.claim().doc().value(), 1, Integer::sum);
          ids.add(e.id().value());
        });
    assertThat(ids).hasSize((int) (documents * CLAIMS)).doesNotHaveDuplicates();
    assertThat(perDocument)
        .hasSize((int) documents)
        .allSatisfy((doc, n) -> assertThat(n).as(doc).isEqualTo(CLAIMS));
  }

  private Process start(String logName) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            AppendingMain.class.getName(),
            locationArgument(),
            schemaArgument(),
            Integer.toString(DOCUMENTS),
            Integer.toString(CLAIMS));
    pb.redirectErrorStream(true);
    pb.redirectOutput(db().folder().resolve(logName).toFile());
    return pb.start();
  }

  private String log(String name) throws IOException {
    Path p = db().folder().resolve(name);
    return Files.exists(p) ? Files.readString(p) : "";
  }
}
