package org.parley.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.answer.AnswerFixture;
import org.parley.cli.checkcontrol.MapFixture;
import org.parley.cli.claims.LedgerCliFixture;

class ReportCommandTest {
  @TempDir static Path dir;

  private static String db;

  @BeforeAll
  static void fill() {
    db = AnswerFixture.ledger(dir);
  }

  @Test
  void printsABriefingWithEverySection() {
    LedgerCliFixture.Run r = run("report", "--db", db);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("PARLEY BRIEFING\n")
        .contains("1. Positions of the main parties")
        .contains("Russia (RUS) vs Ukraine (UKR): 1 conflicting")
        .contains("3. Recent shifts")
        .contains("4. Disputes")
        .contains("5. Territorial control")
        .contains("6. Timeline")
        .contains("Sources\n[1] ");
  }

  @Test
  void theSameLedgerAndAsOfGiveTheSameBytes() {
    String first = run("report", "--db", db).out();

    assertThat(run("report", "--db", db).out()).isEqualTo(first);
  }

  @Test
  void writesAStandaloneHtmlFile() throws Exception {
    Path html = dir.resolve("out/briefing.html");
    LedgerCliFixture.Run r = run("report", "--db", db, "--html", html.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote " + html + ": briefing of 16 claims from 8 documents");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
  }

  @Test
  void checksControlClaimsAgainstMaps() throws Exception {
    Path maps = dir.resolve("maps");
    MapFixture.map(maps, "20250815");
    Path adm = MapFixture.boundaries(dir.resolve("adm"));
    LedgerCliFixture.Run r =
        run(
            "report",
            "--db",
            db,
            "--map",
            maps.toString(),
            "--boundaries",
            adm.toString(),
            "--land-mask",
            "none");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("5. Territorial control, checked against maps")
        .containsPattern("inconsistent: 50.0 % \\([0-9,]+ km²\\) held on the map of 2025-08-15");
  }

  @Test
  void printsJson() throws Exception {
    JsonNode n = new ObjectMapper().readTree(run("report", "--db", db, "--json").out());

    assertThat(n.get("positions")).hasSize(3);
    assertThat(n.get("gap").get("first").asText()).isEqualTo("RUS");
    assertThat(n.get("timeline").get("lanes").get(0).get("party").asText()).isEqualTo("RUS");
  }

  @Test
  void namesAMeetingParticipantTheKnowledgeBaseLacksByTheCapitalisedSurname() throws Exception {
    Path claims =
        MapFixture.write(
            dir.resolve("vaduz/claims.jsonl"),
            "{\"schema\": \"parley.claim/1\", \"doc\": \"vaduz-2025-03-10\", \"kind\":"
                + " \"meeting\", \"participants\": [\"risch\", \"zelensky\"], \"place\":"
                + " \"Vaduz\", \"valid_time\": \"2025-03-10\", \"status\": \"asserted\","
                + " \"attribution\": {\"via\": [], \"source\": null, \"named\": true},"
                + " \"text\": \"Zelensky met Liechtenstein's prime minister, Daniel Risch, in"
                + " Vaduz.\", \"reported\": \"2025-03-10\"}\n");
    String vaduz = dir.resolve("vaduz/ledger.db").toString();
    assertThat(run("import", claims.toString(), "--db", vaduz).code()).isZero();

    LedgerCliFixture.Run r = run("report", "--db", vaduz);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Risch, Volodymyr Zelensky in Vaduz").doesNotContain("risch,");
  }

  @Test
  void aMissingMapIsBadInput() {
    LedgerCliFixture.Run r = run("report", "--db", db, "--map", dir.resolve("nope").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--map: no such file or folder");
  }
}
