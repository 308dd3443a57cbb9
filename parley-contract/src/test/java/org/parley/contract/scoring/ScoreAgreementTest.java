package org.parley.contract.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.contract.ClaimWriter;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.model.Position;
import org.parley.model.Provenance;
import org.parley.model.Statement;
import org.parley.testkit.SharedData;

/**
 * The Java scorer agrees with the independent {@code shared/tools/score-claims} on the gold sets.
 */
class ScoreAgreementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void agreesWithTheSharedScorerOnGoldAgainstItself(@TempDir Path tmp) throws Exception {
    Path gold = SharedData.require("gold");
    assertAgreement(gold, gold);
  }

  @Test
  void agreesWithTheSharedScorerOnPerturbedPredictions(@TempDir Path tmp) throws Exception {
    Path gold = SharedData.require("gold");
    List<Claim> claims = ClaimFiles.load(gold).claims();
    List<String> lines = new ArrayList<>();
    ClaimWriter writer = new ClaimWriter();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = perturbed(claims.get(i), i);
      if (c != null) {
        lines.add(writer.write(c));
      }
      if (i % 7 == 0) {
        lines.add(writer.write(claims.get(i))); // a duplicate prediction: one must be spurious
      }
    }
    Path pred = tmp.resolve("pred.jsonl");
    Files.write(pred, lines, StandardCharsets.UTF_8);
    assertAgreement(gold, pred);
  }

  private static Claim perturbed(Claim c, int i) {
    if (i % 5 == 0) {
      return null; // dropped: a miss
    }
    Provenance p = c.provenance().withValidTime(null);
    return switch (c) {
      case Control k when i % 2 == 0 ->
          new Control(
              p,
              k.holder(),
              k.agent(),
              k.regions(),
              new Measure(
                  k.measure().share() == null ? null : Math.min(1, k.measure().share() + 0.04),
                  k.measure().areaKm2() == null ? null : k.measure().areaKm2() * 1.2,
                  Approx.ABOUT));
      case Statement s when i % 3 == 0 ->
          new Statement(p, s.holder(), s.agent(), s.quote().substring(0, s.quote().length() / 2));
      case Position pos when i % 4 == 1 ->
          pos.withProvision(pos.provision().withRegions(List.of()));
      default -> c.withProvenance(p);
    };
  }

  private static void assertAgreement(Path gold, Path pred)
      throws IOException, InterruptedException {
    Path tool = SharedData.require("tools/score-claims");
    Process proc;
    try {
      proc =
          new ProcessBuilder("python3", tool.toString(), gold.toString(), pred.toString(), "--json")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      Assumptions.abort("skipped: python3 is not available to run " + tool);
      return;
    }
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(proc.exitValue()).as(out).isZero();
    JsonNode theirs =
        MAPPER.readTree(out.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());

    ClaimFiles g = ClaimFiles.load(gold);
    ClaimFiles p = ClaimFiles.load(pred);
    ScoreReport ours = new ClaimScorer().score(g.documents(), g.claims(), p.claims());

    assertThat(ours.documents()).isEqualTo(theirs.get("documents").asInt());
    theirs
        .get("kinds")
        .fields()
        .forEachRemaining(
            e -> {
              ScoreReport.Counts c = ours.of(e.getKey());
              assertThat(c.tp()).as("tp " + e.getKey()).isEqualTo(e.getValue().get("tp").asInt());
              assertThat(c.fp()).as("fp " + e.getKey()).isEqualTo(e.getValue().get("fp").asInt());
              assertThat(c.fn()).as("fn " + e.getKey()).isEqualTo(e.getValue().get("fn").asInt());
            });
    assertThat(ours.kinds().keySet()).hasSize(theirs.get("kinds").size());
    assertThat(ours.total().f1()).isCloseTo(theirs.get("f1").asDouble(), within(1e-9));
    for (String a : List.of("status", "valid_time", "agent")) {
      JsonNode t = theirs.get(a + "_accuracy");
      if (t != null && !t.isNull()) {
        ScoreReport.Accuracy acc = ours.attribute(a).orElseThrow();
        assertThat((double) acc.correct() / acc.total())
            .as(a)
            .isCloseTo(t.asDouble(), within(1e-9));
      }
    }
  }
}
