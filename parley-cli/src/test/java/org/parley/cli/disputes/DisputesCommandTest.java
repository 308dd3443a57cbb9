package org.parley.cli.disputes;

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

class DisputesCommandTest {
  @TempDir static Path dir;

  private static String db;

  @BeforeAll
  static void fill() {
    db = AnswerFixture.ledger(dir);
  }

  @Test
  void setsDisagreeingSourcesSideBySide() {
    LedgerCliFixture.Run r = run("disputes", "--db", db);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Disputes: 2 about control figures, 2 about positions\n")
        .contains("about 75 % vs about 70 %: 5.0 pp apart (tolerance 5 pp)")
        .contains("nearly all vs about 60 %")
        .contains("one source asserts it, another reports it as denied")
        .contains("sources report opposite positions in the same period");
  }

  @Test
  void aWiderToleranceAcceptsCloseFigures() {
    assertThat(run("disputes", "--db", db, "--tolerance", "6").out())
        .startsWith("Disputes: 1 about control figures")
        .doesNotContain("about 75 % vs about 70 %");
  }

  @Test
  void printsJson() throws Exception {
    JsonNode n = new ObjectMapper().readTree(run("disputes", "--db", db, "--json").out());

    assertThat(n.get("tolerance").get("share_points").asDouble()).isEqualTo(5);
    assertThat(n.get("figures")).hasSize(2);
    assertThat(n.get("figures").get(1).get("claims").get(0).get("share").asDouble()).isEqualTo(0.7);
  }

  /** Issue 15: the figures the sample corpus's README calls disputed are found with defaults. */
  @Test
  void theSampleCorpusDisputesAreFoundWithDefaultSettings() {
    // the module folder sits in the checkout, next to samples/
    Path samples = Path.of("").toAbsolutePath().getParent().resolve("samples/articles");
    String ledger = dir.resolve("samples.db").toString();
    assertThat(run("ingest", "--db", ledger, samples.toString()).code()).isZero();

    LedgerCliFixture.Run r = run("disputes", "--db", ledger);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Disputes: 3 about control figures")
        .containsPattern("(?m)^RUS +Kursk .*a text reports the figure as disputed$")
        .containsPattern("(?m)^RUS +Luhansk .*a text reports the figure as disputed$")
        .containsPattern("(?m)^RUS +Donetsk .*about 75 % vs about 70 %");
  }

  @Test
  void anUnknownPeriodIsBadInput() {
    LedgerCliFixture.Run r = run("disputes", "--db", db, "--period", "week");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown period 'week'");
  }
}
