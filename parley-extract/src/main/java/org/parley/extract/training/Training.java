package org.parley.extract.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.learn.Classifier;
import org.parley.extract.learn.ClassifierTrainer;
import org.parley.extract.learn.Example;
import org.parley.extract.learn.Learned;
import org.parley.extract.learn.ModelSet;

/**
 * Trains every model of an extractor's learned stages from gold documents: each stage turns each
 * document into examples (documents in id order), and one classifier per stage is trained on them.
 * The same documents give the same model set. Stateless.
 */
public final class Training {
  private final ClassifierTrainer trainer;

  public Training(ClassifierTrainer.Settings settings) {
    this.trainer = new ClassifierTrainer(settings);
  }

  /** The models of {@code pipeline}'s learned stages, trained on {@code documents}. */
  public ModelSet train(ExtractionPipeline pipeline, List<GoldDocument> documents) {
    List<GoldDocument> ordered = new ArrayList<>(documents);
    ordered.sort(Comparator.comparing(GoldDocument::id));
    Map<String, List<Example>> examples = new TreeMap<>();
    for (Learned stage : pipeline.learners()) {
      for (GoldDocument d : ordered) {
        stage
            .examples(d.ctx(), d.gold())
            .forEach(
                (model, e) -> examples.computeIfAbsent(model, m -> new ArrayList<>()).addAll(e));
      }
    }
    Map<String, Classifier> models = new LinkedHashMap<>();
    // A model whose examples all share one outcome learns nothing: its stage keeps its rules.
    examples.forEach(
        (model, e) -> {
          if (e.stream().map(Example::outcome).distinct().count() > 1) {
            models.put(model, trainer.train(model, e));
          }
        });
    return new ModelSet(models, ordered.stream().map(GoldDocument::id).toList(), Map.of());
  }
}
