package org.parley.extract.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Document-level folds for cross-validation: the ids, sorted, shuffled with a fixed seed, dealt
 * round-robin into {@code k} folds. The same ids and seed always give the same folds.
 */
public record Folds(List<List<String>> folds) {
  public Folds {
    folds = folds.stream().map(List::copyOf).toList();
  }

  /** {@code ids} dealt into {@code k} folds after a shuffle seeded with {@code seed}. */
  public static Folds of(List<String> ids, int k, long seed) {
    if (k < 2 || k > ids.size()) {
      throw new IllegalArgumentException(
          "cross-validation needs 2 to %d folds, not %d".formatted(ids.size(), k));
    }
    List<String> shuffled = new ArrayList<>(ids.stream().sorted().distinct().toList());
    Collections.shuffle(shuffled, new Random(seed));
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < shuffled.size(); i++) {
      out.get(i % k).add(shuffled.get(i));
    }
    return new Folds(out);
  }

  public int size() {
    return folds.size();
  }

  /** The ids of fold {@code i}: the documents tested in round {@code i}. */
  public List<String> test(int i) {
    return folds.get(i);
  }
}
