package org.parley.extract.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.extract.learn.Classifier;

/**
 * The stance model's probabilities for the candidates of one sentence: the features every candidate
 * shares (the sentence's words, word pairs and classes; question, quotation, outlet) are looked up
 * in the model once, and only each candidate's own (its type, alone and before each word feature,
 * and its place) per candidate, the type-qualified ones once per type. The features and the order
 * they are summed in are those of {@link PositionFeatures#stance}, so the probabilities are the
 * same to the last bit. Holds one sentence's lookups; made and dropped by one call, never shared.
 */
final class StanceScorer {
  private final Classifier model;
  private final PositionFeatures features;
  private final SentenceView sentence;
  private final List<PositionFeatures.WordFeature> words;
  private final int[] wordIndexes;
  private final int[] tailIndexes;
  private final Map<String, int[]> typedIndexes = new HashMap<>();

  StanceScorer(Classifier model, PositionFeatures features, SentenceView sentence) {
    this.model = model;
    this.features = features;
    this.sentence = sentence;
    this.words = features.words(sentence);
    this.wordIndexes = new int[words.size()];
    for (int j = 0; j < words.size(); j++) {
      PositionFeatures.WordFeature w = words.get(j);
      wordIndexes[j] = w.typed() ? -1 : model.index(w.name());
    }
    List<String> tail = new ArrayList<>();
    features.tail(sentence, tail);
    this.tailIndexes = tail.stream().mapToInt(model::index).toArray();
  }

  /** The probability of each of the model's outcomes for a stance on {@code p}. */
  double[] probabilities(ProvisionCandidate p) {
    String type = PositionFeatures.type(p);
    List<String> own = new ArrayList<>();
    features.head(p, type, own);
    List<String> place = new ArrayList<>();
    features.provision(sentence, p, type, place);
    int[] all = new int[own.size() + words.size() + tailIndexes.length + place.size()];
    int n = 0;
    for (String f : own) {
      all[n++] = model.index(f);
    }
    int[] typed = typedIndexes.computeIfAbsent(type, this::typed);
    for (int j = 0; j < words.size(); j++) {
      all[n++] = words.get(j).typed() ? typed[j] : wordIndexes[j];
    }
    for (int i : tailIndexes) {
      all[n++] = i;
    }
    for (String f : place) {
      all[n++] = model.index(f);
    }
    return model.probabilities(all, n);
  }

  /** The indexes of the word features read with {@code type} before them (-1 at the others). */
  private int[] typed(String type) {
    int[] out = new int[words.size()];
    for (int j = 0; j < words.size(); j++) {
      PositionFeatures.WordFeature w = words.get(j);
      out[j] = w.typed() ? model.index(type, w.name()) : -1;
    }
    return out;
  }
}
