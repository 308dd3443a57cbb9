package org.parley.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code parley ingest} processes at once on one SQLite ledger: both succeed (the second waits
 * for the first's transactions), and the ledger holds exactly what one sequential run makes.
 */
class TwoWritersIT {
  @TempDir Path dir;

  @Test
  void twoIngestsAtOnceGiveTheSequentialResult() throws Exception {
    Path corpus = FaultCorpus.write(dir);
    String sequential = dir.resolve("sequential.db").toString();
    String shared = dir.resolve("shared.db").toString();
    Path logs = dir.resolve("logs");
    CliProcess.Result once =
        CliProcess.run(
            logs,
            "seq",
            Map.of(),
            "ingest",
            "--no-progress",
            "--db",
            sequential,
            corpus.toString());
    assertThat(once.code()).as(once.err()).isZero();

    CliProcess a =
        CliProcess.start(
            logs, "a", Map.of(), "ingest", "--no-progress", "--db", shared, corpus.toString());
    CliProcess b =
        CliProcess.start(
            logs, "b", Map.of(), "ingest", "--no-progress", "--db", shared, corpus.toString());
    CliProcess.Result ra = a.await();
    CliProcess.Result rb = b.await();

    assertThat(ra.code()).as(ra.err()).isZero();
    assertThat(rb.code()).as(rb.err()).isZero();
    assertThat(export(logs, shared)).isEqualTo(export(logs, sequential)).isNotEmpty();
    CliProcess.Result again =
        CliProcess.run(
            logs, "again", Map.of(), "ingest", "--no-progress", "--db", shared, corpus.toString());
    assertThat(again.out()).contains("0 new, 0 re-extracted");
  }

  private static String export(Path logs, String db) throws Exception {
    CliProcess.Result r =
        CliProcess.run(logs, "export", Map.of(), "export", "--format", "jsonl", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }
}
