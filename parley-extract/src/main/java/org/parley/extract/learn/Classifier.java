package org.parley.extract.learn;

import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

/**
 * A trained maximum-entropy classifier: for a candidate's features, the probability of each
 * outcome. Features it never saw in training are ignored. Immutable and thread-safe (OpenNLP's
 * {@link QNModel} evaluates without shared state).
 */
public final class Classifier {
  private final String name;
  private final List<String> outcomes;
  private final List<Weights> weights;
  private final QNModel model;

  /** One feature's weight for each outcome, in the order of {@link #outcomes()}. */
  public record Weights(String feature, double[] values) {
    public Weights {
      Objects.requireNonNull(feature, "feature");
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }
  }

  /** A classifier named {@code name} over {@code outcomes}, with a weight row per feature. */
  public Classifier(String name, List<String> outcomes, List<Weights> weights) {
    this.name = Objects.requireNonNull(name, "name");
    this.outcomes = List.copyOf(outcomes);
    this.weights = List.copyOf(weights);
    if (this.outcomes.size() < 2) {
      throw new IllegalArgumentException("classifier " + name + " needs two outcomes or more");
    }
    int[] all = new int[this.outcomes.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    Context[] params = new Context[this.weights.size()];
    String[] features = new String[this.weights.size()];
    for (int i = 0; i < params.length; i++) {
      Weights w = this.weights.get(i);
      if (w.values.length != all.length) {
        throw new IllegalArgumentException(
            "classifier %s: feature %s has %d weights for %d outcomes"
                .formatted(name, w.feature(), w.values.length, all.length));
      }
      params[i] = new Context(all, w.values);
      features[i] = w.feature();
    }
    this.model = new QNModel(params, features, this.outcomes.toArray(String[]::new));
  }

  public String name() {
    return name;
  }

  public List<String> outcomes() {
    return outcomes;
  }

  /** The weight rows, one per feature seen in training, sorted by feature. */
  public List<Weights> weights() {
    return weights;
  }

  /**
   * The probability of each outcome (in the order of {@link #outcomes()}) given {@code features}.
   */
  public double[] probabilities(List<String> features) {
    return model.eval(features.toArray(String[]::new));
  }

  /** The probability of {@code outcome} given {@code features}. */
  public double probability(List<String> features, String outcome) {
    int i = outcomes.indexOf(outcome);
    if (i < 0) {
      throw new IllegalArgumentException("classifier " + name + " has no outcome " + outcome);
    }
    return probabilities(features)[i];
  }
}
