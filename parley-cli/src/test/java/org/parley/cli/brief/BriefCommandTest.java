package org.parley.cli.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.claims.LedgerCliFixture;

class BriefCommandTest {
  @TempDir Path dir;

  /** Two short articles written for this test, in the seed-text format. */
  private Path articles() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        folder.resolve("a1.txt"),
        " date 2025-08-17 Terms\n\nRussia demanded on Friday that Ukraine hand over the Donbas"
            + " region. Ukraine's president said on Saturday that Kyiv would not give up the"
            + " Donbas.\n");
    Files.writeString(
        folder.resolve("a2.txt"),
        " date 2025-08-18 Front\n\nRussian forces hold about 75 percent of the Donetsk region,"
            + " analysts estimated on Monday.\n");
    return folder;
  }

  @Test
  void ingestsTheSourcesAndPrintsTheBriefingAndAddsNothingTheSecondTime() throws Exception {
    String db = dir.resolve("ledger.db").toString();
    LedgerCliFixture.Run first = run("brief", articles().toString(), "--db", db);

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .startsWith("read: read 2")
        .contains("\nPARLEY BRIEFING\n")
        .containsPattern("Based on \\d+ claims");

    LedgerCliFixture.Run second = run("brief", articles().toString(), "--db", db);

    assertThat(second.out()).contains("2 already recorded");
    assertThat(briefing(second.out())).isEqualTo(briefing(first.out()));
  }

  @Test
  void printsTheIngestSummaryAndTheBriefingAsOneJsonObject() throws Exception {
    LedgerCliFixture.Run r =
        run("brief", articles().toString(), "--db", dir.resolve("j.db").toString(), "--json");

    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(root.at("/ingest/read/documents").asInt()).isEqualTo(2);
    assertThat(root.at("/ingest/ledger/new").asInt()).isEqualTo(2);
    assertThat(root.get("briefing").isObject()).isTrue();
  }

  private static String briefing(String out) {
    return out.substring(out.indexOf("PARLEY BRIEFING"));
  }

  @Test
  void namesMeetingParticipantsAsTheKnowledgeBaseDoes() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("summit"));
    Files.writeString(
        folder.resolve("s1.txt"),
        " date 2024-06-16 Peace summit opens\n\nLeaders gathered at a lakeside resort on Saturday"
            + " for a two-day summit on ending Russia's war against Ukraine, hosted by Swiss"
            + " President Viola Amherd and attended by Ukrainian President Volodymyr Zelensky.\n");

    LedgerCliFixture.Run r =
        run("brief", folder.toString(), "--db", dir.resolve("summit.db").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("2024-06 .* Viola Amherd, Volodymyr Zelensky")
        .doesNotContain("amherd");
  }

  @Test
  void aSourceThatCannotBeReadIsBadInput() {
    LedgerCliFixture.Run r =
        run("brief", dir.resolve("missing").toString(), "--db", dir.resolve("l.db").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }
}
