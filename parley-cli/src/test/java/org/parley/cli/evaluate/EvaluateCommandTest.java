package org.parley.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.cli.Parley;
import org.parley.cli.checkcontrol.MapFixture;
import org.parley.testkit.GoldenFiles;
import org.parley.testkit.SharedData;
import picocli.CommandLine;

class EvaluateCommandTest {
  private static final String PROPOSAL =
      """
      name: Synthetic package
      source: written for this test
      reference: 2025-08-20
      terms:
        - cede: [UA-14]
          to: RUS
        - freeze: UA-09
        - return: UA-09
          by: RUS
          share: 0.1
        - withdraw: UA-14
          who: UKR
          extent: some
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path maps;
  private Path boundaries;
  private Path proposal;

  @BeforeEach
  void files() {
    maps = dir.resolve("maps");
    MapFixture.map(maps, "20250815");
    boundaries = MapFixture.boundaries(dir);
    proposal = MapFixture.write(dir.resolve("proposal.yaml"), PROPOSAL);
  }

  private int run(String... args) {
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int evaluate(String... more) {
    String[] base = {
      "evaluate",
      proposal.toString(),
      "--map",
      maps.toString(),
      "--boundaries",
      boundaries.toString(),
      "--land-mask",
      "none"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return run(all);
  }

  @Test
  void printsWhatChangesHandsOnASyntheticMap() {
    assertThat(evaluate()).isZero();
    GoldenFiles.assertMatches(
        Path.of("src/test/resources/golden/evaluate/synthetic.txt"), out.toString());
  }

  @Test
  void printsJsonTotals() throws Exception {
    assertThat(evaluate("--json")).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    double cell = root.get("transfers").get(0).get("region_land_km2").asDouble();
    assertThat(root.get("map").get("date").asText()).isEqualTo("2025-08-15");
    assertThat(root.get("totals").get("to_RUS").get("km2").asDouble())
        .isCloseTo(cell / 2, within(1.0));
    assertThat(root.get("totals").get("to_RUS").get("km2_upper_bound").asDouble())
        .isCloseTo(cell, within(1.0));
    assertThat(root.get("transfers").get(1).get("from").isNull()).isTrue();
    assertThat(root.get("population_basis").asText()).contains("estimate");
  }

  @Test
  void namesRegionsAsTheKnowledgeBaseDoesNotAsTheBoundaryFileSpellsThem() throws Exception {
    MapFixture.write(
        proposal,
        """
        name: Spelling
        reference: 2025-08-20
        terms:
          - freeze: [UA-23, UA-51]
        """);

    assertThat(run("evaluate", proposal.toString(), "--map", maps.toString())).isZero();
    assertThat(out.toString())
        .containsPattern("UA-23 +Zaporizhzhia Oblast")
        .containsPattern("UA-51 +Odesa Oblast")
        .doesNotContain("Zaporizhia")
        .doesNotContain("Odessa");
    out.getBuffer().setLength(0);
    assertThat(run("evaluate", proposal.toString(), "--map", maps.toString(), "--json")).isZero();
    JsonNode transfers = new ObjectMapper().readTree(out.toString()).get("transfers");
    assertThat(transfers.get(0).get("name").asText()).isEqualTo("Zaporizhzhia Oblast");
  }

  @Test
  void aProposalWithoutAMapIsAUsageError() {
    assertThat(run("evaluate", proposal.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("proposal.yaml").contains("--map");
  }

  @Test
  void aReferenceDateWithoutAMapIsNamed() {
    MapFixture.write(proposal, PROPOSAL.replace("2025-08-20", "2022-02-24"));
    assertThat(evaluate()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("reference 2022-02-24").contains("no map dated");
  }

  @Test
  void evaluatesTheAlaskaExampleOnTheSharedMap() throws Exception {
    Path deepstate = SharedData.require("data/territory/deepstate");
    assertThat(
            run(
                "evaluate",
                "../docs/examples/alaska-2025.yaml",
                "--map",
                deepstate.toString(),
                "--json"))
        .isZero();
    JsonNode totals = new ObjectMapper().readTree(out.toString()).get("totals");
    assertThat(totals.get("to_RUS").get("km2").asDouble()).isCloseTo(6_800, within(100.0));
    assertThat(totals.get("to_UKR").get("km2_upper_bound").asDouble())
        .isCloseTo(1_317, within(50.0));
  }
}
