package org.parley.contract.scoring;

import java.util.List;
import java.util.SortedMap;
import org.parley.model.Claim;

/**
 * The outcome of scoring predicted claims against gold claims: counts per kind, accuracies of
 * {@code status}, {@code valid_time} and {@code agent} on matched pairs, and the missed and
 * spurious records in scoring order.
 */
public record ScoreReport(
    int documents,
    SortedMap<String, Counts> kinds,
    SortedMap<String, Accuracy> attributes,
    List<Miss> misses) {

  public ScoreReport {
    kinds = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(kinds));
    attributes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(attributes));
    misses = List.copyOf(misses);
  }

  /** True positives, false positives and false negatives of one kind (or of all). */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** Matched pairs whose attribute agreed, out of those where the gold record has it. */
  public record Accuracy(int correct, int total) {}

  /** A gold record nothing matched ({@code missed}) or a prediction that matched nothing. */
  public record Miss(boolean missed, Claim claim) {}

  /** Micro-averaged counts over all kinds. */
  public Counts total() {
    return kinds.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** Counts of one kind, zero when the kind did not occur. */
  public Counts of(String kind) {
    return kinds.getOrDefault(kind, new Counts(0, 0, 0));
  }

  /** Accuracy of one attribute, if any matched gold record had it. */
  public java.util.Optional<Accuracy> attribute(String name) {
    return java.util.Optional.ofNullable(attributes.get(name));
  }
}
