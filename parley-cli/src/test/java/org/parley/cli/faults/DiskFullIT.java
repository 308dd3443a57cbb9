package org.parley.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Parley;

/**
 * A full disk under a SQLite ledger (a 1.5 MB tmpfs the test mounts, in a private mount namespace
 * when the kernel allows one, else directly as root; skipped with a message where neither works):
 * the ingest ends with a clear message naming the document and SQLITE_FULL, the ledger reads
 * consistently (its export is the start of a whole run's), and a re-run on a roomier disk completes
 * it.
 */
class DiskFullIT {
  @TempDir Path dir;

  @Test
  void aFullDiskEndsTheRunClearlyAndLeavesAConsistentLedger() throws Exception {
    List<String> wrapper = mountWrapper();
    Path corpus = FaultCorpus.write(dir);
    Path logs = Files.createDirectories(dir.resolve("logs"));
    String expected = export(logs, dir.resolve("whole.db").toString(), corpus, true);
    Path small = dir.resolve("small");
    Path copy = Files.createDirectories(dir.resolve("copy"));
    String parley =
        "'%s' -Xmx1g --enable-native-access=ALL-UNNAMED -cp '%s' %s"
            .formatted(java(), System.getProperty("java.class.path"), Parley.class.getName());
    String script =
        String.join(
                "\n",
                "mkdir -p '%1$s' && mount -t tmpfs -o size=1536k tmpfs '%1$s' || exit 97",
                "%2$s ingest --no-progress --db '%1$s/ledger.db' '%3$s' >'%4$s/full.out' 2>'%4$s/full.err'",
                "echo $? > '%4$s/full.rc'",
                "%2$s export --format jsonl --db '%1$s/ledger.db' >'%4$s/partial.jsonl' 2>'%4$s/partial.err'",
                "echo $? > '%4$s/partial.rc'",
                "cp -a '%1$s/.' '%5$s/'",
                wrapper.isEmpty() ? "umount '%1$s'" : "true")
            .formatted(small, parley, corpus, logs, copy);
    List<String> command = new ArrayList<>(wrapper);
    command.addAll(List.of("sh", "-c", script));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    Assumptions.assumeFalse(p.exitValue() == 97, "cannot mount a tmpfs here: " + said);

    String err = read(logs.resolve("full.err"));
    assertThat(read(logs.resolve("full.rc")).strip()).as(err).isEqualTo("3");
    assertThat(err)
        .contains("database or disk is full")
        .contains("appending document")
        .doesNotContain("\tat ");
    assertThat(read(logs.resolve("partial.rc")).strip()).isEqualTo("0");
    String partial = read(logs.resolve("partial.jsonl"));
    assertThat(expected).startsWith(partial);
    assertThat(partial).isNotEmpty();
    assertThat(export(logs, copy.resolve("ledger.db").toString(), corpus, true))
        .isEqualTo(expected);
  }

  /** How to mount: in a private user and mount namespace, or directly as root; else skip. */
  private static List<String> mountWrapper() throws Exception {
    List<String> unshare = List.of("unshare", "--user", "--map-root-user", "--mount");
    List<String> probe = new ArrayList<>(unshare);
    probe.add("true");
    try {
      Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return unshare;
      }
    } catch (java.io.IOException noUnshare) {
      // fall through to root
    }
    Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "full-disk test skipped: no unprivileged mount namespace (unshare) and not root");
    return List.of();
  }

  private static String export(Path logs, String db, Path corpus, boolean ingestFirst)
      throws Exception {
    if (ingestFirst) {
      CliProcess.Result r =
          CliProcess.run(
              logs, "ingest", Map.of(), "ingest", "--no-progress", "--db", db, corpus.toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
    CliProcess.Result r =
        CliProcess.run(logs, "export", Map.of(), "export", "--format", "jsonl", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
