package org.parley.cli.gap;

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

class GapCommandTest {
  @TempDir static Path dir;

  private static String db;

  @BeforeAll
  static void fill() {
    db = AnswerFixture.ledger(dir);
  }

  @Test
  void setsBothPartiesPositionsSideBySide() {
    LedgerCliFixture.Run r = run("gap", "Russia", "Kyiv", "--db", db);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Gap between Russia (RUS) and Ukraine (UKR)\n")
        .contains("1 conflicting, 1 compatible, 2 one-sided, 15 unaddressed")
        .containsPattern("hand over territory \\(Luhansk, Donetsk\\) +demands: .* conflicting")
        .contains("Unaddressed by both: withdraw forces");
  }

  @Test
  void printsJson() throws Exception {
    JsonNode n = new ObjectMapper().readTree(run("gap", "RUS", "UKR", "--db", db, "--json").out());

    assertThat(n.get("rows").get(0).get("verdict").asText()).isEqualTo("conflicting");
    assertThat(n.get("rows").get(0).get("second").get("current").get("kind").asText())
        .isEqualTo("rejection");
  }

  @Test
  void oneAndTheSamePartyIsBadInput() {
    LedgerCliFixture.Run r = run("gap", "Russia", "Kremlin", "--db", db);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("are both RUS");
  }
}
