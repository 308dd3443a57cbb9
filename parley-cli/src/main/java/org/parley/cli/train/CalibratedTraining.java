package org.parley.cli.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.parley.contract.scoring.ClaimScorer;
import org.parley.contract.scoring.ScoreReport;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.learn.ClassifierTrainer;
import org.parley.extract.learn.ConfidenceCalibrator;
import org.parley.extract.learn.Example;
import org.parley.extract.learn.ModelSet;
import org.parley.extract.training.Folds;
import org.parley.extract.training.GoldDocument;
import org.parley.extract.training.Training;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Claim;
import org.parley.model.DocumentId;

/**
 * Trains the stages' models and then the confidence calibration: the training documents are dealt
 * into folds, each fold is extracted by models trained on the others, every claim so extracted is
 * labelled correct or wrong by the contract's scoring, and a model learns from those labels what
 * share of claims like it (rule, kind, raw confidence) is correct. The same documents give the same
 * model set. Stateless.
 */
public final class CalibratedTraining {
  private static final int FOLDS = 5;
  private static final long SEED = 20251207L;

  private final KnowledgeBase kb;
  private final ClassifierTrainer.Settings settings;

  public CalibratedTraining(KnowledgeBase kb, ClassifierTrainer.Settings settings) {
    this.kb = kb;
    this.settings = settings;
  }

  /** Every model of {@code shape}'s learned stages plus the calibration, from {@code docs}. */
  public ModelSet train(ExtractionPipeline shape, List<GoldDocument> docs) {
    Training training = new Training(settings);
    ModelSet models = training.train(shape, docs);
    List<Example> examples = heldOutExamples(training, shape, docs);
    if (examples.stream().map(Example::outcome).distinct().count() < 2) {
      return models; // every held-out claim right (or wrong): nothing to calibrate
    }
    return models.withModel(
        ConfidenceCalibrator.MODEL,
        new ClassifierTrainer(settings).train(ConfidenceCalibrator.MODEL, examples));
  }

  private List<Example> heldOutExamples(
      Training training, ExtractionPipeline shape, List<GoldDocument> docs) {
    Folds folds = Folds.of(docs.stream().map(GoldDocument::id).sorted().toList(), FOLDS, SEED);
    List<Claim> predicted = new ArrayList<>();
    List<Claim> gold = new ArrayList<>();
    Set<DocumentId> ids = new HashSet<>();
    for (int i = 0; i < folds.size(); i++) {
      Set<String> test = new HashSet<>(folds.test(i));
      List<GoldDocument> train = docs.stream().filter(d -> !test.contains(d.id())).toList();
      ExtractionPipeline fold = ExtractionPipeline.load(kb, training.train(shape, train));
      for (GoldDocument d : docs) {
        if (test.contains(d.id())) {
          predicted.addAll(fold.extract(d.ctx()).claims());
          gold.addAll(d.gold());
          ids.add(d.ctx().document().id());
        }
      }
    }
    Set<Claim> wrong = Collections.newSetFromMap(new IdentityHashMap<>());
    ScoreReport report = new ClaimScorer().score(ids, gold, predicted);
    report.misses().stream().filter(m -> !m.missed()).forEach(m -> wrong.add(m.claim()));
    return predicted.stream()
        .map(c -> ConfidenceCalibrator.example(c, !wrong.contains(c)))
        .toList();
  }
}
