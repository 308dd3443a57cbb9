package org.parley.extract.lexicon;

import org.parley.model.Polarity;
import org.parley.model.ProvisionType;

/**
 * A stretch of normalised text naming a provision: offsets [start, end) into the text searched, the
 * provision type, its polarity after negation, and the lexicon's short description.
 */
public record ProvisionMatch(
    int start, int end, ProvisionType type, Polarity polarity, String detail, boolean negated) {
  public ProvisionMatch {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid match [%d, %d)".formatted(start, end));
    }
  }

  /** The same words with the opposite polarity: what a party concedes when it drops a demand. */
  public ProvisionMatch opposite() {
    return new ProvisionMatch(start, end, type, polarity.opposite(), detail, negated);
  }
}
