package org.parley.extract.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains {@link Classifier}s with OpenNLP's L-BFGS maximum-entropy trainer (L2-regularised), on one
 * thread and with fixed parameters, so that the same examples in the same order give the same
 * weights. The result goes through the plain-text model format and back, so that a classifier used
 * right after training and one loaded from its file decide alike. Stateless.
 */
public final class ClassifierTrainer {
  /** The trainer's settings: L2 cost, iteration cap, and how often a feature must occur. */
  public record Settings(double l2, int iterations, int cutoff) {
    public static Settings defaults() {
      return new Settings(1.0, 300, 2);
    }
  }

  private final Settings settings;

  public ClassifierTrainer(Settings settings) {
    this.settings = settings;
  }

  /** A classifier named {@code name} trained on {@code examples} (at least two outcomes). */
  public Classifier train(String name, List<Example> examples) {
    if (examples.stream().map(Example::outcome).distinct().count() < 2) {
      throw new IllegalArgumentException(
          "classifier " + name + ": the examples need two outcomes or more");
    }
    List<Event> events = new ArrayList<>();
    for (Example e : examples) {
      events.add(new Event(e.outcome(), e.features().toArray(String[]::new)));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    p.put(QNTrainer.THREADS_PARAM, 1);
    p.put(QNTrainer.L1COST_PARAM, 0.0);
    p.put(QNTrainer.L2COST_PARAM, settings.l2());
    QNTrainer trainer = new QNTrainer();
    trainer.init(p, new HashMap<>());
    try {
      AbstractModel model =
          (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
      return ClassifierFormat.read(ClassifierFormat.write(weightsOf(name, model)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train classifier " + name, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Classifier weightsOf(String name, AbstractModel model) {
    Object[] data = model.getDataStructures();
    Map<String, Context> index = (Map<String, Context>) data[1];
    String[] outcomeNames = (String[]) data[2];
    List<String> outcomes = new ArrayList<>(List.of(outcomeNames));
    outcomes.sort(Comparator.naturalOrder());
    int[] column = new int[outcomeNames.length];
    for (int o = 0; o < outcomeNames.length; o++) {
      column[o] = outcomes.indexOf(outcomeNames[o]);
    }
    List<Classifier.Weights> rows = new ArrayList<>();
    for (Map.Entry<String, Context> e : index.entrySet()) {
      Context c = e.getValue();
      double[] values = new double[outcomes.size()];
      int[] which = c.getOutcomes();
      double[] w = c.getParameters();
      for (int k = 0; k < which.length; k++) {
        values[column[which[k]]] = w[k];
      }
      rows.add(new Classifier.Weights(e.getKey(), values));
    }
    rows.sort(Comparator.comparing(Classifier.Weights::feature));
    return new Classifier(name, outcomes, rows);
  }
}
