package org.parley.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.train.OwnGold;
import org.parley.contract.ClaimWriter;
import org.parley.testkit.ClaimFixture;
import picocli.CommandLine;

class EvalCommandTest {
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    return cli.execute(args);
  }

  @Test
  void printsPerKindScoresAndTheOverallLine(@TempDir Path tmp) throws IOException {
    ClaimWriter w = new ClaimWriter();
    Path gold = tmp.resolve("gold.jsonl");
    Path pred = tmp.resolve("pred.jsonl");
    Files.write(
        gold, List.of(w.write(ClaimFixture.demandDonbas()), w.write(ClaimFixture.offerFreeze())));
    Files.write(pred, List.of(w.write(ClaimFixture.demandDonbas())));
    assertThat(run(gold.toString(), pred.toString(), "--show-misses")).isZero();
    assertThat(out.toString())
        .contains("demand         1     1     1  1.000  1.000  1.000")
        .contains("offer          1     0     0  0.000  0.000  0.000")
        .contains("missed {\"schema\":\"parley.claim/1\",\"doc\":\"doc-offer\"")
        .endsWith("overall F1 0.667" + System.lineSeparator());
  }

  @Test
  void refusesInvalidRecordsNamingTheLine(@TempDir Path tmp) throws IOException {
    Path gold = tmp.resolve("g.jsonl");
    Files.writeString(gold, "{\"schema\":\"parley.claim/1\",\"doc\":\"d\",\"kind\":\"demand\"}\n");
    assertThat(run(gold.toString(), gold.toString())).isEqualTo(2);
    assertThat(out.toString()).contains("g.jsonl:1: missing required field 'holder'");
  }

  @Test
  void namesAMissingInput(@TempDir Path tmp) {
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setExecutionExceptionHandler(new org.parley.cli.ExitCodes());
    cli.setErr(new PrintWriter(out, true));
    assertThat(cli.execute(tmp.resolve("nope").toString(), tmp.toString())).isEqualTo(2);
    assertThat(out.toString()).contains("no such file or folder").contains("nope");
  }

  @Test
  void crossValidatesByDocumentPrintingKindsOutletsAndCalibration(@TempDir Path tmp)
      throws IOException {
    Path tested = OwnGold.slice(tmp.resolve("tested"), 0, 24);
    Path extra = OwnGold.slice(tmp.resolve("extra"), 24, 36);
    Path pred = tmp.resolve("pred.jsonl");
    assertThat(
            run(
                "--cv",
                "3",
                tested.toString(),
                "--corpus",
                OwnGold.ARTICLES,
                "--also-train",
                extra.toString(),
                "--out",
                pred.toString(),
                "--threads",
                "2"))
        .isZero();
    assertThat(out.toString())
        .contains("cross-validation: 3 folds (seed 20251207), 24 documents")
        .contains("kind        gold  pred    tp      P      R     F1")
        .contains("outlet ")
        .contains("confidence quartile    pred  correct  share")
        .contains("overall F1");
    List<String> ids = OwnGold.ids(tested);
    List<String> lines = Files.readAllLines(pred);
    assertThat(lines).isNotEmpty();
    assertThat(lines)
        .allSatisfy(l -> assertThat(ids).anyMatch(id -> l.contains("\"doc\":\"" + id + "\"")));
  }
}
