package org.parley.cli.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.answer.AnswerFixture;
import org.parley.cli.claims.LedgerCliFixture;

class PositionsCommandTest {
  @TempDir static Path dir;

  private static String db;

  @BeforeAll
  static void fill() {
    db = AnswerFixture.ledger(dir);
  }

  @Test
  void showsCurrentAndSupersededPositionsWithNumberedSources() {
    LedgerCliFixture.Run r = run("positions", "Russia", "--db", db);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Positions of Russia (RUS): 4 issues\n")
        .contains("--as-of ")
        .containsPattern("demands: hand over Luhansk, Donetsk to Russia +2025-08-15")
        .contains("  superseded")
        .contains("[1] demand · ec-2025-08-21 · 2025-08-15 (reported 2025-08-21)")
        .contains("\"At their meeting in Alaska last Friday");
  }

  @Test
  void readsPartyNamesFromTheKnowledgeBase() {
    assertThat(run("positions", "the Kremlin", "--db", db).out())
        .startsWith("Positions of Russia (RUS)");
    assertThat(run("positions", "Zelensky", "--db", db).out())
        .startsWith("Positions of Ukraine (UKR)");
  }

  @Test
  void validAtShowsPositionsAsTheyStoodThen() {
    LedgerCliFixture.Run r = run("positions", "RUS", "--db", db, "--valid-at", "2024");

    assertThat(r.out())
        .startsWith("Positions of Russia (RUS): 2 issues, as they stood on 2024-12-31")
        .doesNotContain("superseded");
  }

  @Test
  void printsJsonWithEvidence() throws Exception {
    LedgerCliFixture.Run r = run("positions", "RUS", "--db", db, "--json");

    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("party").asText()).isEqualTo("RUS");
    JsonNode cede = n.get("issues").get(0);
    assertThat(cede.get("issue").get("type").asText()).isEqualTo("territory.cede");
    assertThat(cede.get("current").get("regions").toString()).isEqualTo("[\"UA-09\",\"UA-14\"]");
    assertThat(cede.get("current").get("claims").get(0).get("doc").asText())
        .isEqualTo("ec-2025-08-21");
    assertThat(cede.get("superseded").get(0).get("since").asText()).isEqualTo("2024-06-14");
  }

  @Test
  void anUnknownPartyIsBadInputWithNearMatches() {
    LedgerCliFixture.Run r = run("positions", "Rusia", "--db", db);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'Rusia' names no party").contains("nearest: RUS (Russia)");
  }

  @Test
  void aBadDateIsBadInput() {
    LedgerCliFixture.Run r = run("positions", "RUS", "--db", db, "--valid-at", "last week");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--valid-at").contains("last week");
  }

  @Test
  void aPartyWithoutPositionsSaysSo() {
    assertThat(run("positions", "NATO", "--db", db).out()).contains("No positions of NATO");
  }
}
