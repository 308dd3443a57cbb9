package org.parley.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL password given in either URL form the ledger accepts ({@code
 * postgresql://user:password@…} and {@code jdbc:postgresql:…?password=…}) appears in no output, no
 * error, no log and no file or folder name, after real runs of ingest, claims, search, export and
 * report, and after failed connections. (The CI server trusts local connections, so the made-up
 * password connects.)
 */
class SecretsIT {
  private static final String ARTICLE =
      "The Kremlin demanded on Friday that Ukraine withdraw its troops from the Donetsk region"
          + " before any ceasefire, officials in Moscow said. Kyiv rejected the demand.\n";

  @TempDir Path dir;
  private final List<String> schemas = new ArrayList<>();
  private PgServer pg;

  @AfterEach
  void dropSchemas() {
    if (pg != null) { // null when PostgreSQL is absent and the test was skipped
      schemas.forEach(pg::drop);
    }
  }

  @Test
  void noPasswordAnywhere() throws Exception {
    pg = PgServer.require();
    String secret = "Sekr3t-" + UUID.randomUUID().toString().substring(0, 8);
    PgServer withSecret = new PgServer(pg.host(), pg.port(), pg.database(), pg.user(), secret);
    String first = PgServer.newSchema();
    String second = PgServer.newSchema();
    schemas.addAll(List.of(first, second));
    String jdbc =
        "jdbc:postgresql://%s:%d/%s?user=%s&password=%s&currentSchema=%s"
            .formatted(pg.host(), pg.port(), pg.database(), pg.user(), secret, second);
    Path home = Files.createDirectories(dir.resolve("home"));
    Path article = Files.writeString(dir.resolve("talks.txt"), ARTICLE);
    Map<String, String> env = Map.of("PARLEY_HOME", home.toString());
    List<String> printed = new ArrayList<>();

    int n = 0;
    for (String db : List.of(withSecret.url(first), jdbc)) {
      for (String[] args :
          List.of(
              new String[] {"ingest", "--no-progress", article.toString()},
              new String[] {"claims"},
              new String[] {"search", "Donetsk"},
              new String[] {"export", "--format", "jsonl"},
              new String[] {"report", "--html", dir.resolve("report" + n + ".html").toString()})) {
        List<String> full = new ArrayList<>(List.of(args));
        full.addAll(List.of("--db", db));
        CliProcess.Result r =
            CliProcess.run(dir.resolve("logs"), "run" + n++, env, full.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        printed.add(r.out() + r.err());
      }
    }
    for (String db :
        List.of(
            "postgresql://%s:%s@127.0.0.1:1/%s".formatted(pg.user(), secret, pg.database()),
            "jdbc:postgresql://127.0.0.1:1/x?user=u&password=" + secret)) {
      CliProcess.Result r =
          CliProcess.run(dir.resolve("logs"), "fail" + n++, env, "claims", "--db", db);
      assertThat(r.code()).isEqualTo(3);
      printed.add(r.out() + r.err());
    }

    assertThat(printed).allSatisfy(p -> assertThat(p).doesNotContain(secret));
    assertThat(printed.get(5)).contains("password=***");
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        assertThat(p.toString()).doesNotContain(secret);
        if (Files.isRegularFile(p)) {
          assertThat(contains(p, secret)).as(p.toString()).isFalse();
        }
      }
    }
    try (Stream<Path> folders = Files.list(home.resolve("search"))) {
      assertThat(folders.toList()).as("search index folders").hasSize(2);
    }
  }

  private static boolean contains(Path file, String secret) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret);
  }
}
