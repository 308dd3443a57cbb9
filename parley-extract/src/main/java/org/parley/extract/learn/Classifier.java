package org.parley.extract.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained maximum-entropy classifier: for a candidate's features, the probability of each
 * outcome, the softmax of the summed weights of the features present (a feature listed twice counts
 * twice, as in OpenNLP's training). Features it never saw in training are ignored. Immutable and
 * thread-safe.
 *
 * <p>Evaluation is a sparse sum and a softmax over the weights read from the model file, rather
 * than OpenNLP's {@code QNModel.eval}, whose log-sum-exp normalisation and index lookups took a
 * tenth of extraction time in profiles for the same result.
 */
public final class Classifier {
  /** What separates a prefix from the feature it qualifies ("t:ceasefire|w:ceas"). */
  private static final char PREFIXED = '|';

  private final String name;
  private final List<String> outcomes;
  private final List<Weights> weights;
  private final Map<String, Integer> byFeature;
  private final Map<String, Map<String, Integer>> byPrefix;
  private final double[][] rows;

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
    this.byFeature = new HashMap<>();
    this.byPrefix = new HashMap<>();
    this.rows = new double[this.weights.size()][];
    for (int k = 0; k < this.weights.size(); k++) {
      Weights w = this.weights.get(k);
      if (w.values.length != this.outcomes.size()) {
        throw new IllegalArgumentException(
            "classifier %s: feature %s has %d weights for %d outcomes"
                .formatted(name, w.feature(), w.values.length, this.outcomes.size()));
      }
      byFeature.put(w.feature(), k); // of a feature listed twice, the last row counts
      int bar = w.feature().indexOf(PREFIXED);
      if (bar >= 0) {
        byPrefix
            .computeIfAbsent(w.feature().substring(0, bar), p -> new HashMap<>())
            .put(w.feature().substring(bar + 1), k);
      }
      rows[k] = w.values;
    }
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
    int[] indexes = new int[features.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = index(features.get(i));
    }
    return probabilities(indexes, indexes.length);
  }

  /**
   * Where {@code feature}'s weights are kept, or -1 for a feature unseen in training: a caller that
   * scores many candidates sharing features looks each up once ({@link #probabilities(int[],
   * int)}).
   */
  public int index(String feature) {
    Integer i = byFeature.get(feature);
    return i == null ? -1 : i;
  }

  /**
   * The {@link #index} of {@code prefix + "|" + feature}, without building that string: a caller
   * that qualifies the same features by several prefixes looks each up by its own hash, which the
   * string keeps.
   */
  public int index(String prefix, String feature) {
    if (prefix.indexOf(PREFIXED) >= 0) {
      return index(prefix + PREFIXED + feature); // the stored split is at the first bar
    }
    Map<String, Integer> qualified = byPrefix.get(prefix);
    Integer i = qualified == null ? null : qualified.get(feature);
    return i == null ? -1 : i;
  }

  /**
   * The probability of each outcome given the features whose {@link #index indexes} are the first
   * {@code n} of {@code indexes}, summed in that order: the same as {@link #probabilities(List)} of
   * the features themselves.
   */
  public double[] probabilities(int[] indexes, int n) {
    double[] sum = new double[outcomes.size()];
    for (int i = 0; i < n; i++) {
      if (indexes[i] >= 0) {
        double[] w = rows[indexes[i]];
        for (int k = 0; k < sum.length; k++) {
          sum[k] += w[k];
        }
      }
    }
    return softmax(sum);
  }

  private static double[] softmax(double[] sum) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : sum) {
      max = Math.max(max, v);
    }
    double total = 0;
    for (int k = 0; k < sum.length; k++) {
      sum[k] = Math.exp(sum[k] - max);
      total += sum[k];
    }
    for (int k = 0; k < sum.length; k++) {
      sum[k] /= total;
    }
    return sum;
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
