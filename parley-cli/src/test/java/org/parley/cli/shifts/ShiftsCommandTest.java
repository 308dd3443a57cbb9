package org.parley.cli.shifts;

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

class ShiftsCommandTest {
  @TempDir static Path dir;

  private static String db;

  @BeforeAll
  static void fill() {
    db = AnswerFixture.ledger(dir);
  }

  @Test
  void listsEachChangeWithTheSourcesOnBothSides() {
    LedgerCliFixture.Run r = run("shifts", "Russia", "--db", db);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Shifts of Russia (RUS): 7\n")
        .containsPattern("2025-08-15 +narrowed +hand over territory")
        .contains("regions dropped: UA-23, UA-65")
        .containsPattern("2025-03-13 +softened +ceasefire")
        .contains("not restated")
        .contains("→");
  }

  @Test
  void sinceLeavesOutEarlierChanges() {
    assertThat(run("shifts", "RUS", "--db", db, "--since", "2025-06").out())
        .startsWith("Shifts of Russia (RUS): 3 since 2025-06-01")
        .doesNotContain("softened");
  }

  @Test
  void printsJson() throws Exception {
    JsonNode n = new ObjectMapper().readTree(run("shifts", "RUS", "--db", db, "--json").out());

    assertThat(n.get("shifts")).hasSize(7);
    JsonNode narrowed = n.get("shifts").get(1);
    assertThat(narrowed.get("kind").asText()).isEqualTo("narrowed");
    assertThat(narrowed.get("before").get(0).get("doc").asText()).isEqualTo("nw-2024-06-14");
    assertThat(narrowed.get("after").get(0).get("doc").asText()).isEqualTo("ec-2025-08-21");
  }

  @Test
  void staleMonthsMustBePositive() {
    LedgerCliFixture.Run r = run("shifts", "RUS", "--db", db, "--stale-months", "0");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--stale-months must be at least 1");
  }
}
