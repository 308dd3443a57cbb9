package org.parley.cli.train;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.learn.ClassifierTrainer;
import org.parley.extract.learn.ModelSet;
import org.parley.extract.training.GoldDocument;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley train}: the extractor's models, rebuilt from gold claims. */
@Command(
    name = "train",
    header = "Trains the learned stages and the confidence calibration from gold files.",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the extractor's models from hand-annotated gold claims: every learned stage turns",
      "each gold document into examples and one classifier per stage is trained on them",
      "(OpenNLP maximum entropy, L-BFGS, one thread); then the documents are dealt into 5 folds,",
      "each is extracted by models trained on the others, and a calibration model learns which",
      "share of such claims was correct (a claim's confidence). The same gold gives byte-identical",
      "model files, which record the ids of their training documents. By default it trains on",
      "../shared/gold/train, the development gold ../shared/gold and the project's own annotated",
      "articles (corpus/own), and writes the models Parley ships",
      "(parley-extract/src/main/resources/org/parley/extract/model)."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley train", "  parley train --gold ../shared/gold/train --out /tmp/models"})
public final class TrainCommand implements Callable<Integer> {
  /** Where the shipped models live, relative to the project root. */
  public static final String SHIPPED = "parley-extract/src/main/resources/org/parley/extract/model";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "PATH",
      description = "gold claims: a JSONL file or folder (repeatable; default: ${DEFAULT-VALUE})")
  List<Path> gold =
      new ArrayList<>(
          List.of(Path.of("../shared/gold/train"), Defaults.DEV_GOLD, Defaults.OWN_GOLD));

  @Option(
      names = "--corpus",
      paramLabel = "SOURCE",
      description = "where the gold documents' texts are (repeatable; default: ${DEFAULT-VALUE})")
  List<String> corpus = new ArrayList<>(Defaults.CORPUS);

  @Option(names = "--out", paramLabel = "DIR", description = "folder to write the models into")
  Path out = Path.of(SHIPPED);

  @Option(names = "--threads", description = "analysis threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    ExtractionPipeline shape = ExtractionPipeline.load(kb, ModelSet.none());
    GoldSet set = GoldSet.load(gold, corpus);
    List<GoldDocument> docs = TrainingData.analyze(shape, set, threads);
    ModelSet models =
        new CalibratedTraining(kb, ClassifierTrainer.Settings.defaults()).train(shape, docs);
    models.write(out);
    err.printf(
        "parley train: %d models (%s) from %d documents, %d gold claims; version %s; written to %s%n",
        models.names().size(),
        String.join(", ", models.names()),
        docs.size(),
        set.claims().size(),
        models.version(),
        out);
    return 0;
  }
}
