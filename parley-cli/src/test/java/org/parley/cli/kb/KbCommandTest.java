package org.parley.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import picocli.CommandLine;

class KbCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new KbCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void showPrintsTheDonbasWithItsRegionsAreasPopulationsAndTotal() {
    assertThat(run("show", "Donbas")).isZero();
    assertThat(out.toString())
        .startsWith("aggregate donbas  Donbas")
        .contains("aliases: Donbass")
        .containsPattern("UA-09 +Luhansk Oblast +26,684 km²  population 2,102,921")
        .containsPattern("UA-14 +Donetsk Oblast +26,517 km²  population 4,059,372")
        .containsPattern("total +53,201 km²  population 6,162,293");
  }

  @Test
  void showPrintsEveryReadingOfAnAmbiguousName() {
    assertThat(run("show", "Kharkiv")).isZero();
    assertThat(out.toString())
        .contains("region UA-63  Kharkiv Oblast (oblast)")
        .contains("place kharkiv-city  Kharkiv (city in Kharkiv Oblast)");
  }

  @Test
  void showPrintsAPersonWithTheirParty() {
    assertThat(run("show", "Zelenskyy")).isZero();
    assertThat(out.toString())
        .startsWith("person zelensky  Volodymyr Zelensky (UKR)")
        .contains("party: UKR (Ukraine)")
        .contains("titles: President");
  }

  @Test
  void showAsJsonGivesRegionsAndTotals() throws IOException {
    assertThat(run("show", "the Donbas", "--json")).isZero();
    JsonNode donbas = json(out.toString()).get(0);
    assertThat(donbas.get("id").asText()).isEqualTo("donbas");
    assertThat(donbas.get("regions")).hasSize(2);
    assertThat(donbas.get("regions").get(0).get("id").asText()).isEqualTo("UA-09");
    assertThat(donbas.get("total").get("area_km2").asDouble()).isEqualTo(53_201);
  }

  @Test
  void findPrintsEveryEntryAnAliasResolvesTo() {
    assertThat(run("find", "Zaporozhye")).isZero();
    assertThat(out.toString().lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("region").contains("UA-23").contains("-> [UA-23]"))
        .anySatisfy(l -> assertThat(l).contains("place").contains("zaporizhzhia-city"));
  }

  @Test
  void findMarksTheKindOfReading() throws IOException {
    assertThat(run("find", "Kyiv", "--json")).isZero();
    JsonNode readings = json(out.toString()).get("readings");
    assertThat(readings).hasSize(2);
    assertThat(readings.get(0).get("reading").asText()).isEqualTo("metonym");
    assertThat(readings.get(0).get("id").asText()).isEqualTo("UKR");
    assertThat(readings.get(1).get("id").asText()).isEqualTo("UA-30");
  }

  @Test
  void anUnknownNameExitsWithTwoAndSuggestsNearMatches() {
    assertThat(run("find", "Zaporozhe")).isEqualTo(2);
    assertThat(err.toString())
        .contains("parley kb find: no entry named 'Zaporozhe'")
        .contains("did you mean: Zaporozhye");
    assertThat(run("show", "Bakhmt")).isEqualTo(2);
    assertThat(err.toString()).contains("no entry named 'Bakhmt'").contains("Bakhmut");
  }

  @Test
  void listFiltersByKind() {
    assertThat(run("list", "--kind", "aggregate")).isZero();
    assertThat(out.toString().lines())
        .allSatisfy(l -> assertThat(l).matches("aggregate .*|\\d+ entries"))
        .anySatisfy(l -> assertThat(l).startsWith("aggregate donbas"));
  }

  @Test
  void listAsJsonHasEveryRegion() throws IOException {
    assertThat(run("list", "--kind", "region", "--json")).isZero();
    JsonNode list = json(out.toString());
    assertThat(list.size()).isGreaterThanOrEqualTo(31);
    assertThat(list.get(0).get("kind").asText()).isEqualTo("region");
  }

  @Test
  void listRejectsAnUnknownKind() {
    assertThat(run("list", "--kind", "planet")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown --kind 'planet'");
  }

  @Test
  void aUserFileAddsAndOverridesEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(
        file,
        "aggregate\tdonbas\tDonbas\tregions=UA-14\n"
            + "place\tnovyi-svit\tNovyi Svit\tregion=UA-14\tkind=village\n");
    assertThat(run("show", "Donbas", "--kb", file.toString())).isZero();
    assertThat(out.toString()).contains("UA-14").doesNotContain("UA-09");
    assertThat(err.toString()).contains("note: " + file + ":1: replaces aggregate donbas");
    assertThat(run("find", "Novyi Svit", "--kb", file.toString())).isZero();
  }

  @Test
  void aBrokenUserFileExitsWithTwoNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "place\tx\tX\tregion=UA-99\tkind=town\n");
    assertThat(run("list", "--kb", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(file + ":1: place x: unknown region UA-99");
  }
}
