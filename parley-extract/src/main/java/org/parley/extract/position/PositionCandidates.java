package org.parley.extract.position;

import java.util.List;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.lexicon.StanceLexicon;
import org.parley.model.Position;
import org.parley.model.ProvisionType;

/**
 * Gathers what the position models look at in one sentence: its view, the parties that may voice a
 * position there, the provisions it may be about, and the rules' positions in it. Stateless.
 */
final class PositionCandidates {
  private final StanceLexicon stances;
  private final ProvisionCandidates provisions;
  private final HolderCandidates holders = new HolderCandidates();

  PositionCandidates(StanceLexicon stances, ProvisionCandidates provisions) {
    this.stances = stances;
    this.provisions = provisions;
  }

  /** One sentence's candidates. */
  record Sentence(
      SentenceView view,
      List<HolderCandidate> holders,
      List<ProvisionCandidate> provisions,
      List<Position> rules) {
    Sentence {
      holders = List.copyOf(holders);
      provisions = List.copyOf(provisions);
      rules = List.copyOf(rules);
    }

    /** The provision types the lexicon named in the sentence. */
    Set<ProvisionType> named() {
      return LearnedPositionFinder.namedTypes(provisions);
    }

    /** Whether the sentence names {@code type}, or holds a stance word for {@code other}. */
    boolean supports(ProvisionType type) {
      if (type == ProvisionType.OTHER && !view.triggers().isEmpty()) {
        return true;
      }
      return provisions.stream().anyMatch(p -> !p.generic() && p.type() == type);
    }
  }

  Sentence of(DocContext ctx, int i, List<Position> ruled) {
    List<Position> here =
        ruled.stream()
            .filter(
                p ->
                    p.provenance().evidence().spans().stream()
                        .anyMatch(ctx.sentenceSpan(i)::overlaps))
            .toList();
    return new Sentence(
        SentenceView.of(ctx, i, stances), holders.of(ctx, i, ruled), provisions.of(ctx, i), here);
  }
}
