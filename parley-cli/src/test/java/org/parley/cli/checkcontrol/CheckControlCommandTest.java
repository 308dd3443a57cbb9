package org.parley.cli.checkcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.cli.Parley;
import org.parley.contract.ClaimWriter;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.testkit.ClaimFixture;
import org.parley.testkit.SharedData;
import picocli.CommandLine;

class CheckControlCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path maps;
  private Path boundaries;

  @BeforeEach
  void files() {
    maps = dir.resolve("maps");
    MapFixture.map(maps, "20250801");
    MapFixture.map(maps, "20250815");
    boundaries = MapFixture.boundaries(dir);
  }

  private int run(String... args) {
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path claims(String... extraLines) {
    ClaimWriter writer = new ClaimWriter();
    Control onMap = ClaimFixture.control("UA-14", 0.5, Approx.ABOUT);
    Control wrong = ClaimFixture.control("UA-09", 0.2, Approx.ABOUT);
    Control ukraine =
        new Control(
            onMap.provenance(),
            ActorId.of("UKR"),
            null,
            onMap.regions(),
            Measure.share(0.5, Approx.ABOUT));
    Control old =
        onMap.withProvenance(
            onMap.provenance().withValidTime(org.parley.model.PartialDate.parse("2014")));
    List<String> lines = new ArrayList<>();
    for (Control c : List.of(onMap, wrong, ukraine, old)) {
      lines.add(writer.write(c));
    }
    lines.add(writer.write(ClaimFixture.demandDonbas()));
    lines.addAll(List.of(extraLines));
    return MapFixture.write(dir.resolve("claims.jsonl"), String.join("\n", lines) + "\n");
  }

  private String[] args(String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "check-control",
                "--map",
                maps.toString(),
                "--boundaries",
                boundaries.toString(),
                "--land-mask",
                "none"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void givesAVerdictPerControlClaimWithTheMeasuredFigure() {
    assertThat(run(args("--claims", claims().toString()))).isZero();
    String text = out.toString();
    assertThat(text).contains("claims.jsonl:1").contains("about 50 %").contains("50.0 %");
    assertThat(text).containsPattern("consistent +claims.jsonl:1 +RUS +UA-14");
    assertThat(text).containsPattern("inconsistent +claims.jsonl:2 +RUS +UA-09");
    assertThat(text).containsPattern("consistent +claims.jsonl:3 +UKR");
    assertThat(text).containsPattern("no map for that date +claims.jsonl:4");
    assertThat(text).doesNotContain("claims.jsonl:5");
    assertThat(text)
        .contains("4 control claims: 2 consistent, 1 inconsistent, 1 no map for that date");
  }

  @Test
  void printsJsonWithMeasuredAndReportedFigures() throws Exception {
    assertThat(run(args("--claims", claims().toString(), "--json"))).isZero();
    JsonNode all = new ObjectMapper().readTree(out.toString());
    assertThat(all).hasSize(4);
    JsonNode first = all.get(0);
    assertThat(first.get("verdict").asText()).isEqualTo("consistent");
    assertThat(first.get("measure").get("share").asDouble()).isEqualTo(0.5);
    assertThat(first.get("measured").get("share").asDouble()).isBetween(0.49, 0.51);
    assertThat(first.get("map").get("date").asText()).isEqualTo("2025-08-15");
    assertThat(all.get(3).get("reason").asText()).contains("2014");
  }

  @Test
  void skipsInvalidRecordsAndSaysSo() {
    assertThat(run(args("--claims", claims("{\"schema\":\"parley.claim/1\"}").toString())))
        .isEqualTo(ExitCodes.PARTIAL);
    assertThat(err.toString()).contains("skipped claims.jsonl:6");
  }

  @Test
  void printsThePerRegionTableOfOneMap() {
    assertThat(run(args("--table", "--date", "2025-08-01"))).isZero();
    assertThat(out.toString())
        .contains("deepstatemap_data_20250801.geojson (2025-08-01)")
        .containsPattern("UA-09 +Luhansk Oblast .* 100.00 %")
        .containsPattern("UA +all 2 regions .* 75.00 %");
  }

  @Test
  void aRegionWithoutABoundaryIsNotCheckableInTextAndJsonEvenWithoutAMapForItsDate()
      throws Exception {
    Control kursk =
        new Control(
            ClaimFixture.provenance("kursk", "2024-08-12"),
            ActorId.of("UKR"),
            null,
            ClaimFixture.regions("RU-KRS"),
            Measure.area(1000, Approx.ABOUT));
    Path file = MapFixture.write(dir.resolve("kursk.jsonl"), new ClaimWriter().write(kursk) + "\n");

    assertThat(run(args("--claims", file.toString()))).isZero();
    assertThat(out.toString())
        .containsPattern("not checkable +kursk.jsonl:1 +UKR +RU-KRS")
        .doesNotContain("no map for that date");
    out.getBuffer().setLength(0);
    assertThat(run(args("--claims", file.toString(), "--json"))).isZero();
    JsonNode only = new ObjectMapper().readTree(out.toString()).get(0);
    assertThat(only.get("verdict").asText()).isEqualTo("not checkable");
    assertThat(only.get("reason").asText()).startsWith("no boundary for RU-KRS in ");
  }

  @Test
  void badInputIsAUsageErrorNamingTheProblem() {
    assertThat(run(args("--db", dir.resolve("missing.db").toString())))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("missing.db: no such file");
    assertThat(run(args("--claims", "x.jsonl", "--table"))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("either --claims FILE.jsonl or --table, not both");
    assertThat(run("check-control", "--map", dir.resolve("nowhere").toString(), "--table"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("no such map file or folder");
  }

  @Test
  void checksTheLedgersControlClaimsWithTheUsualFilters() {
    Path db = dir.resolve("ledger.db");
    org.parley.cli.claims.LedgerCliFixture.fill(db);

    assertThat(run(args("--db", db.toString()))).isZero();
    assertThat(out.toString()).contains("entry 2").contains("UA-14");
    assertThat(err.toString()).contains("1 control claims of sqlite:");
    out.getBuffer().setLength(0);
    assertThat(run(args("--db", db.toString(), "--region", "UA-09"))).isZero();
    assertThat(out.toString()).doesNotContain("entry 2");
  }

  @Test
  void checksTheFoundingArticlesControlClaimsOnTheSharedMaps() {
    Path gold = SharedData.require("gold/000_1765a6ab7ed27385.jsonl");
    Path deepstate = SharedData.require("data/territory/deepstate");
    assertThat(run("check-control", "--map", deepstate.toString(), "--claims", gold.toString()))
        .isZero();
    assertThat(out.toString())
        .contains("11 control claims: 7 consistent, 1 inconsistent, 3 no map for that date")
        .containsPattern("inconsistent +000_1765a6ab7ed27385.jsonl:\\d+ +RUS +UA-59,UA-63");
  }
}
