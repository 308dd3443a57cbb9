package org.parley.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.claims.LedgerCliFixture;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.testkit.FeedServer;

class WatchCommandTest {
  @TempDir Path dir;
  private FeedServer server;
  private String db;

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    db = dir.resolve("ledger.db").toString();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pollsIngestsTheFullArticlesAlertsAndSurvivesABrokenSource() throws Exception {
    Path log = dir.resolve("alerts.jsonl");
    LedgerCliFixture.Run r =
        run(
            "watch",
            server.uri("/feed.xml").toString(),
            server.uri("/down").toString(),
            "--db",
            db,
            "--polls",
            "2",
            "--every",
            "1s",
            "--host-gap",
            "10ms",
            "--alert",
            "party=RUS type=territory.*",
            "--alert-log",
            log.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("poll " + server.uri("/feed.xml") + ": 2 new documents")
        .contains("poll " + server.uri("/feed.xml") + ": 0 new documents")
        .contains("alert [alert 1] claim")
        .contains("watch: stopped after 2 rounds");
    assertThat(r.err()).contains(server.uri("/down") + ": status: HTTP 500");
    assertThat(server.hits("/a1")).isEqualTo(1);
    List<String> alerts = Files.readAllLines(log);
    assertThat(alerts)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a).contains("\"alert\":\"alert 1\"", "\"holder\":\"RUS\""));
    assertThat(run("claims", "--db", db, "--doc", server.uri("/a1").toString(), "--json").out())
        .contains("Donetsk");
    assertThat(dir.resolve("ledger-watch.json")).exists();
  }

  @Test
  void aSavedQueryFileNeedsKeyValueTerms() throws Exception {
    Path queries =
        Files.writeString(
            dir.resolve("q.txt"), "# mine\nterritory: party=RUS type=territory.*\nnonsense\n");

    LedgerCliFixture.Run r =
        run(
            "watch",
            server.uri("/feed.xml").toString(),
            "--db",
            db,
            "--alerts",
            queries.toString(),
            "--polls",
            "1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("q.txt:3").contains("'nonsense' is not KEY=VALUE");
  }

  @Test
  void sigtermStoresWhatItHoldsAndARerunCompletesWithoutDuplicates() throws Exception {
    server.listArticles(3);
    List<String> args =
        List.of(
            "watch",
            server.uri("/feed.xml").toString(),
            "--db",
            db,
            "--every",
            "1h",
            "--host-gap",
            "700ms");
    Process p = child(args);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertThat(first).startsWith("watch: 1 source");
      Thread.sleep(1_000);
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    LedgerCliFixture.Run again =
        run(
            "watch",
            server.uri("/feed.xml").toString(),
            "--db",
            db,
            "--polls",
            "1",
            "--host-gap",
            "10ms");

    assertThat(again.code()).as(again.err()).isZero();
    try (ClaimLedger ledger = JdbiClaimLedger.open(new LedgerLocation.Sqlite(Path.of(db)))) {
      assertThat(ledger.latest().stats().documents()).isEqualTo(3);
    }
    assertThat(server.hits("/a1") + server.hits("/a2") + server.hits("/a3")).isBetween(3, 4);
  }

  private Process child(List<String> args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.parley.cli.Parley"));
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectError(dir.resolve("child.err").toFile()).start();
  }
}
