package org.parley.extract.learn;

import java.util.List;
import java.util.Objects;

/** One training example: the outcome a candidate had in the gold data, and its features. */
public record Example(String outcome, List<String> features) {
  public Example {
    Objects.requireNonNull(outcome, "outcome");
    features = List.copyOf(features);
  }
}
