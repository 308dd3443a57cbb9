package org.parley.extract.position;

import java.util.List;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.model.ProvisionType;

/**
 * Gathers what the position models look at in one sentence: its view, the parties that may voice a
 * position there and the provisions it may be about. A sentence without a word of asking,
 * obligation, offering, refusing, support or aims, or without a party that may voice it, states no
 * position: it gets no provision candidates, and costs no lexicon search. Stateless.
 */
final class PositionCandidates {
  /** The word classes one of which a sentence needs to hold a position. */
  static final Set<String> STANCE_CLASSES =
      Set.of("ask", "oblige", "offer", "refuse", "support", "aim");

  private final StanceWords classes;
  private final ProvisionCandidates provisions;
  private final HolderCandidates holders = new HolderCandidates();

  PositionCandidates(StanceWords classes, ProvisionCandidates provisions) {
    this.classes = classes;
    this.provisions = provisions;
  }

  /** One sentence's candidates; none at all for a sentence without a stance word. */
  record Sentence(
      SentenceView view, List<HolderCandidate> holders, List<ProvisionCandidate> provisions) {
    Sentence {
      holders = List.copyOf(holders);
      provisions = List.copyOf(provisions);
    }

    /** The provision types the lexicon named in the sentence. */
    Set<ProvisionType> named() {
      return LearnedPositionFinder.namedTypes(provisions);
    }

    /** Whether the sentence names {@code type}, or holds a stance word for {@code other}. */
    boolean supports(ProvisionType type) {
      if (type == ProvisionType.OTHER && view.stanced()) {
        return true;
      }
      return provisions.stream().anyMatch(p -> !p.generic() && p.type() == type);
    }
  }

  Sentence of(DocContext ctx, int i) {
    SentenceView view = SentenceView.of(ctx, i, classes);
    if (!view.stanced()) {
      return new Sentence(view, List.of(), List.of());
    }
    List<HolderCandidate> found = holders.of(ctx, i);
    if (found.isEmpty()) {
      return new Sentence(view, found, List.of());
    }
    return new Sentence(view, found, provisions.of(ctx, i));
  }
}
