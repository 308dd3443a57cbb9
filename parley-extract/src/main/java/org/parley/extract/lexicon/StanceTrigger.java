package org.parley.extract.lexicon;

import org.parley.model.ClaimKind;

/**
 * A word or phrase by which a party takes a stance: offsets [start, end) into the text searched,
 * the stance (demand, offer or rejection) and where its provisions lie relative to it.
 */
public record StanceTrigger(int start, int end, ClaimKind kind, Scope scope) {
  /** Where a trigger's provisions lie. */
  public enum Scope {
    /** From the trigger to the end of its clause or sentence. */
    AFTER,
    /** From the start of the sentence to the trigger. */
    BEFORE,
    /** Both sides. */
    AROUND
  }

  public StanceTrigger {
    if (!kind.isPosition()) {
      throw new IllegalArgumentException("a stance is a demand, offer or rejection, not " + kind);
    }
  }
}
