package org.parley.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.claims.LedgerCliFixture;

class IngestCommandTest {
  private static final String TALKS =
      """
      The Kremlin demanded on Friday that Ukraine withdraw its troops from the Donetsk region \
      before any ceasefire, officials in Moscow said. Kyiv rejected the demand and said it would \
      never give up its land.
      """;
  private static final String FRONT =
      """
      Russian forces control about 99% of the Luhansk region, according to Ukrainian officials. \
      President Vladimir Putin met Donald Trump in Alaska to discuss the war.
      """;

  @TempDir Path dir;
  private Path sources;
  private String db;

  @BeforeEach
  void write() throws Exception {
    sources = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(sources.resolve("talks.txt"), TALKS);
    Files.writeString(sources.resolve("front.txt"), FRONT);
    Files.writeString(sources.resolve("front-copy.txt"), FRONT);
    db = dir.resolve("ledger.db").toString();
  }

  @Test
  void appendsNewDocumentsAndSummarisesTheRun() {
    LedgerCliFixture.Run r = ingest();

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("ledger: 2 new, 0 re-extracted, 0 already recorded")
        .contains("run: parley-extract/");
    LedgerCliFixture.Run claims = run("claims", "--db", db, "--json");
    assertThat(claims.out().lines()).isNotEmpty();
  }

  @Test
  void ingestingTheSameSourcesTwiceAddsNothing() {
    ingest();
    String before = run("claims", "--db", db, "--json").out();

    LedgerCliFixture.Run again = ingest();

    assertThat(again.code()).isZero();
    assertThat(again.out())
        .contains("0 new, 0 re-extracted, 2 already recorded")
        .contains("0 claims added");
    assertThat(run("claims", "--db", db, "--json").out()).isEqualTo(before);
  }

  @Test
  void keepsTheSearchIndexInStep() {
    ingest();

    assertThat(run("search", "--db", db, "Alaska").out()).contains("document front");
  }

  @Test
  void theLedgerIsTheSameWhateverTheThreadCount() throws Exception {
    for (int i = 0; i < 6; i++) {
      Files.writeString(
          sources.resolve("talks-" + i + ".txt"), TALKS.replace("Friday", "day " + i + ","));
    }
    String one = dir.resolve("one.db").toString();
    String three = dir.resolve("three.db").toString();
    String[] common = {"--date", "2025-08-22", "--outlet", "Test Wire", "--no-index"};

    run(concat(new String[] {"ingest", "--db", one, "--threads", "1"}, common, sources));
    run(concat(new String[] {"ingest", "--db", three, "--threads", "3"}, common, sources));

    String exported = run("export", "--db", one, "--format", "jsonl").out();
    assertThat(exported.lines()).hasSizeGreaterThan(6);
    assertThat(run("export", "--db", three, "--format", "jsonl").out()).isEqualTo(exported);
  }

  @Test
  void refusesZeroThreads() {
    LedgerCliFixture.Run r = run("ingest", "--db", db, "--threads", "0", sources.toString());

    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--threads must be at least 1");
  }

  private static String[] concat(String[] head, String[] tail, Path last) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length + 1);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    all[all.length - 1] = last.toString();
    return all;
  }

  private LedgerCliFixture.Run ingest() {
    return run(
        "ingest", "--db", db, "--date", "2025-08-22", "--outlet", "Test Wire", sources.toString());
  }
}
