package org.parley.cli.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.cli.train.CalibratedTraining;
import org.parley.cli.train.GoldSet;
import org.parley.cli.train.TrainingData;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.learn.ClassifierTrainer;
import org.parley.extract.learn.ModelSet;
import org.parley.extract.training.Folds;
import org.parley.extract.training.GoldDocument;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Claim;

/**
 * Document-level cross-validation: the tested gold set is dealt into folds with a fixed seed; for
 * each fold, models are trained on the other folds (and on the extra training documents, never
 * tested) and the fold's documents are extracted with them. The predictions of all folds together
 * are what is scored.
 */
final class CrossValidation {
  private final KnowledgeBase kb;
  private final int threads;

  CrossValidation(KnowledgeBase kb, int threads) {
    this.kb = kb;
    this.threads = threads;
  }

  /** The claims predicted for every document of {@code tested}, each by the models of its fold. */
  List<Claim> predict(GoldSet tested, GoldSet extra, int k, long seed) {
    ExtractionPipeline shape = ExtractionPipeline.load(kb, ModelSet.none());
    List<GoldDocument> docs = TrainingData.analyze(shape, tested, threads);
    Set<String> testedIds = new HashSet<>();
    docs.forEach(d -> testedIds.add(d.id()));
    List<GoldDocument> always =
        TrainingData.analyze(shape, extra, threads).stream()
            .filter(d -> !testedIds.contains(d.id()))
            .toList();
    Folds folds = Folds.of(List.copyOf(testedIds), k, seed);
    CalibratedTraining training = new CalibratedTraining(kb, ClassifierTrainer.Settings.defaults());
    List<Claim> predicted = new ArrayList<>();
    for (int i = 0; i < folds.size(); i++) {
      Set<String> test = new HashSet<>(folds.test(i));
      List<GoldDocument> train = new ArrayList<>(always);
      docs.stream().filter(d -> !test.contains(d.id())).forEach(train::add);
      ExtractionPipeline fold = ExtractionPipeline.load(kb, training.train(shape, train));
      for (GoldDocument d : docs) {
        if (test.contains(d.id())) {
          predicted.addAll(fold.extract(d.ctx()).claims());
        }
      }
    }
    return predicted;
  }
}
