package org.parley.cli.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.claims.LedgerCliFixture;

class SearchCommandTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void fill() {
    db = dir.resolve("ledger.db").toString();
    LedgerCliFixture.fill(Path.of(db));
  }

  @Test
  void findsADocumentByItsWordsAndKeepsTheIndexBesideTheLedger() {
    LedgerCliFixture.Run r = run("search", "--db", db, "leaders met");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("document doc-meeting").contains("1 hit");
    assertThat(Files.isDirectory(dir.resolve("ledger-search"))).isTrue();
  }

  @Test
  void printsJsonHitsWithTheirClaims() throws Exception {
    LedgerCliFixture.Run r = run("search", "--db", db, "--json", "territory cede");

    assertThat(r.code()).isZero();
    var hit = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(hit.get("kind").asText()).isEqualTo("claim");
    assertThat(hit.at("/claim/provision/type").asText()).isEqualTo("territory.cede");
  }

  @Test
  void rebuildsTheIndex() {
    LedgerCliFixture.Run r = run("search", "--db", db, "--rebuild");

    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("index rebuilt");
    assertThat(run("search", "--db", db, "Donbas").out()).contains("doc-demand");
  }

  @Test
  void aMalformedQueryIsABadInput() {
    assertThat(run("search", "--db", db, "truce AND (").code()).isEqualTo(2);
  }
}
