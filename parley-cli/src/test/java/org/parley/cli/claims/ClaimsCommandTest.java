package org.parley.cli.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;

class ClaimsCommandTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void fill() {
    db = dir.resolve("ledger.db").toString();
    LedgerCliFixture.fill(Path.of(db));
  }

  @Test
  void listsEveryClaimAsATableNamingTheInstantItStandsAt() {
    LedgerCliFixture.Run r = run("claims", "--db", db);

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("ENTRY", "territory.cede for", "about 75.0%", "putin, trump")
        .contains("3 claims · as of ");
    assertThat(r.err()).contains("--as-of");
  }

  @Test
  void printsContractRecordsWithJson() {
    LedgerCliFixture.Run r = run("claims", "--db", db, "--json", "--kind", "control");

    assertThat(r.out().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(new ClaimReader().read(line, "out"))
                    .isInstanceOf(ReadResult.Parsed.class));
  }

  @Test
  void filtersByPartyRegionAndType() {
    assertThat(run("claims", "--db", db, "--party", "putin", "--json").out().lines()).hasSize(2);
    assertThat(run("claims", "--db", db, "--region", "UA-14", "--json").out().lines()).hasSize(2);
    assertThat(run("claims", "--db", db, "--type", "territory.cede", "--json").out().lines())
        .hasSize(1);
    assertThat(run("claims", "--db", db, "--from", "2025-09", "--json").out()).isEmpty();
  }

  @Test
  void anEarlyAsOfShowsTheLedgerBeforeAnythingWasRecorded() {
    LedgerCliFixture.Run r = run("claims", "--db", db, "--as-of", "2001-01-01");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0 claims · as of 2001-01-01T23:59:59.999999Z");
  }

  @Test
  void aBadFilterIsABadInputNamingTheOption() {
    LedgerCliFixture.Run r = run("claims", "--db", db, "--kind", "wish");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--kind wish").contains("unknown claim kind");
    assertThat(run("claims", "--db", db, "--as-of", "yesterday").err())
        .contains("--as-of 'yesterday' is not a timestamp");
  }

  @Test
  void aMissingLedgerFileIsAnErrorNotANewEmptyLedger() {
    String missing = dir.resolve("typo.db").toString();

    LedgerCliFixture.Run r = run("claims", "--db", missing);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--db " + missing + ": no such file");
    assertThat(dir.resolve("typo.db")).doesNotExist();
  }

  @Test
  void anUnknownPartyOrRegionSaysSoAndSuggestsTheNearestKnownId() {
    LedgerCliFixture.Run party = run("claims", "--db", db, "--party", "RUX");
    LedgerCliFixture.Run region = run("claims", "--db", db, "--region", "UA-99");

    assertThat(party.code()).isEqualTo(2);
    assertThat(party.err())
        .contains("'RUX' is no party or person")
        .contains("nearest: ")
        .contains("RUS (Russia)");
    assertThat(region.code()).isEqualTo(2);
    assertThat(region.err()).contains("'UA-99' is no region").contains("nearest:");
    assertThat(run("claims", "--db", db, "--region", "Donetsk", "--json").out().lines()).hasSize(2);
  }

  @Test
  void aCappedTableSaysHowManyRowsItLeftOutAndJsonGivesEverything() {
    LedgerCliFixture.Run table = run("claims", "--db", db, "--limit", "2");
    LedgerCliFixture.Run json = run("claims", "--db", db, "--json");

    assertThat(table.out()).contains("2 claims of 3 (1 left out");
    assertThat(json.out().lines()).hasSize(3);
    assertThat(run("claims", "--db", db, "--json", "--limit", "1").out().lines()).hasSize(1);
  }
}
