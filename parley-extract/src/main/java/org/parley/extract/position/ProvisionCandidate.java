package org.parley.extract.position;

import java.util.Objects;
import org.parley.model.Polarity;
import org.parley.model.ProvisionType;

/**
 * A provision a sentence may state a position on: its type and polarity as the words put it, the
 * lexicon's short description ({@code detail}, empty for the generic candidate), the normalised
 * offsets [start, end) of the words naming it, whether a negation stood before them, and whether it
 * is the generic candidate that every sentence has, for a provision the lexicon has no words for
 * (its type, {@code other} until a model names it, is left to the provision model).
 */
public record ProvisionCandidate(
    ProvisionType type,
    Polarity polarity,
    String detail,
    int start,
    int end,
    boolean negated,
    boolean generic) {
  public ProvisionCandidate {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(detail, "detail");
  }
}
