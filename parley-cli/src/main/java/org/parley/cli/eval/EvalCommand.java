package org.parley.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.cli.ExitCodes;
import org.parley.cli.train.Defaults;
import org.parley.cli.train.GoldSet;
import org.parley.contract.ClaimWriter;
import org.parley.contract.scoring.ClaimFiles;
import org.parley.contract.scoring.ClaimScorer;
import org.parley.contract.scoring.ScoreReport;
import org.parley.contract.scoring.ScoreReportPrinter;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval GOLD PRED}: per-kind precision, recall and F1 of predicted claims. */
@Command(
    name = "eval",
    header = "Scores claim files against gold files, or cross-validates the extractor (--cv K).",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted parley.claim/1 records against gold records by the contract's rules",
      "(claims.md, 'Scoring'): per-kind precision/recall/F1, then status, valid_time and agent",
      "accuracy on matched pairs. GOLD and PRED are JSONL files or folders of them; an empty",
      "gold file <doc>.jsonl scores a document that should have no claims.",
      "With --cv K (and no PRED) it cross-validates the extractor instead: GOLD's documents are",
      "dealt into K folds (fixed seed); for each fold the models are trained on the other folds",
      "(and on --also-train, never tested) and the fold is extracted with them. It prints the",
      "scores per kind, per outlet, and how the share of correct claims grows with confidence."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley eval ../shared/gold /tmp/dev.jsonl",
      "  parley eval samples/gold /tmp/pred --show-misses"
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
      arity = "0..1",
      paramLabel = "PRED",
      description = "predicted claims: a JSONL file or a folder (not with --cv)")
  @Nullable Path pred;

  @Option(
      names = "--cv",
      paramLabel = "K",
      description = "cross-validate the extractor on GOLD's documents in K folds")
  int folds;

  @Option(names = "--seed", description = "seed of the fold shuffle (default: ${DEFAULT-VALUE})")
  long seed = 20251207L;

  @Option(
      names = "--corpus",
      paramLabel = "SOURCE",
      description =
          "with --cv: where the gold documents' texts are (repeatable; default: ${DEFAULT-VALUE})")
  List<String> corpus = new ArrayList<>(Defaults.CORPUS);

  @Option(
      names = "--also-train",
      paramLabel = "PATH",
      description =
          "with --cv: gold trained on in every fold, never tested (default: ${DEFAULT-VALUE})")
  List<Path> alsoTrain = new ArrayList<>(List.of(Defaults.DEV_GOLD, Defaults.OWN_GOLD));

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "with --cv: also write the predictions of all folds to FILE (JSONL)")
  @Nullable Path out;

  @Option(names = "--threads", description = "analysis threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--show-misses",
      description = "list every missed gold record and spurious prediction")
  boolean showMisses;

  @Option(names = "--json", description = "print the report as one JSON object")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (folds > 0) {
      if (pred != null) {
        throw new IllegalArgumentException("give either PRED or --cv, not both");
      }
      return crossValidate();
    }
    if (pred == null) {
      throw new IllegalArgumentException("missing PRED (or --cv K to cross-validate)");
    }
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

  private int crossValidate() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    GoldSet tested = GoldSet.load(List.of(gold), corpus);
    GoldSet extra = GoldSet.load(alsoTrain, corpus);
    List<Claim> predicted =
        new CrossValidation(KnowledgeBase.loadDefault(), threads)
            .predict(tested, extra, folds, seed);
    if (out != null) {
      writePredictions(out, predicted);
    }
    List<DocumentId> docs = tested.documents().stream().map(Document::id).toList();
    ScoreReport report = new ClaimScorer().score(docs, tested.claims(), predicted);
    if (json) {
      stdout.println(toJson(report));
      return 0;
    }
    stdout.printf(
        Locale.ROOT,
        "cross-validation: %d folds (seed %d), %d documents%n",
        folds,
        seed,
        docs.size());
    new ScoreReportPrinter().print(report, stdout, showMisses);
    stdout.println();
    Outlets.print(tested, predicted, stdout);
    stdout.println();
    Calibration.print(predicted, report, stdout);
    return 0;
  }

  private static void writePredictions(Path file, List<Claim> predicted) throws IOException {
    ClaimWriter writer = new ClaimWriter();
    StringBuilder lines = new StringBuilder();
    predicted.forEach(c -> lines.append(writer.write(c)).append('\n'));
    Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
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
