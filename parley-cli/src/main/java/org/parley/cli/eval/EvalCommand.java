package org.parley.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.contract.scoring.ClaimFiles;
import org.parley.contract.scoring.ClaimScorer;
import org.parley.contract.scoring.ScoreReport;
import org.parley.contract.scoring.ScoreReportPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval GOLD PRED}: per-kind precision, recall and F1 of predicted claims. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted parley.claim/1 records against gold records by the contract's rules",
      "(claims.md, 'Scoring'): per-kind precision/recall/F1, then status, valid_time and agent",
      "accuracy on matched pairs. GOLD and PRED are JSONL files or folders of them; an empty",
      "gold file <doc>.jsonl scores a document that should have no claims."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "GOLD",
      description = "gold claims: a JSONL file or a folder")
  Path gold;

  @Parameters(
      index = "1",
      paramLabel = "PRED",
      description = "predicted claims: a JSONL file or a folder")
  Path pred;

  @Option(
      names = "--show-misses",
      description = "list every missed gold record and spurious prediction")
  boolean showMisses;

  @Option(names = "--json", description = "print the report as one JSON object")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClaimFiles g = ClaimFiles.load(gold);
    ClaimFiles p = ClaimFiles.load(pred);
    if (!g.invalid().isEmpty() || !p.invalid().isEmpty()) {
      g.invalid().forEach(i -> err.println("parley eval: invalid record: " + i));
      p.invalid().forEach(i -> err.println("parley eval: invalid record: " + i));
      return ExitCodes.BAD_INPUT;
    }
    ScoreReport report = new ClaimScorer().score(g.documents(), g.claims(), p.claims());
    if (json) {
      out.println(toJson(report));
      return 0;
    }
    new ScoreReportPrinter().print(report, out, showMisses);
    return 0;
  }

  private static String toJson(ScoreReport r) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("documents", r.documents());
    ObjectNode kinds = root.putObject("kinds");
    for (Map.Entry<String, ScoreReport.Counts> e : r.kinds().entrySet()) {
      ScoreReport.Counts c = e.getValue();
      kinds
          .putObject(e.getKey())
          .put("tp", c.tp())
          .put("fp", c.fp())
          .put("fn", c.fn())
          .put("precision", c.precision())
          .put("recall", c.recall())
          .put("f1", c.f1());
    }
    ScoreReport.Counts t = r.total();
    root.put("precision", t.precision()).put("recall", t.recall()).put("f1", t.f1());
    r.attributes()
        .forEach(
            (name, a) ->
                root.put(
                    name + "_accuracy", a.total() == 0 ? 0 : (double) a.correct() / a.total()));
    return root.toString();
  }
}
