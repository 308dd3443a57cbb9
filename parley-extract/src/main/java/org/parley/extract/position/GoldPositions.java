package org.parley.extract.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.language.text.Sentence;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Position;
import org.parley.model.ProvisionType;
import org.parley.model.Span;

/**
 * The gold positions of one document laid on its sentences: for a sentence and a holder, the kinds
 * and provision types of the positions the gold records there (every sentence an evidence span of
 * the record overlaps counts).
 */
final class GoldPositions {
  /** A gold position's kind and provision type. */
  record Stance(ClaimKind kind, ProvisionType type) {}

  private final Map<String, List<Stance>> stances;

  private GoldPositions(Map<String, List<Stance>> stances) {
    this.stances = stances;
  }

  static GoldPositions of(DocContext ctx, List<Claim> gold) {
    Map<String, List<Stance>> stances = new HashMap<>();
    for (Claim c : gold) {
      if (!(c instanceof Position p)) {
        continue;
      }
      Stance stance = new Stance(p.kind(), p.provision().type());
      for (Span span : p.provenance().evidence().spans()) {
        for (Sentence s : ctx.analyzed().sentencesIn(span)) {
          List<Stance> here =
              stances.computeIfAbsent(key(s.index(), p.holder()), k -> new ArrayList<>());
          if (!here.contains(stance)) {
            here.add(stance);
          }
        }
      }
    }
    return new GoldPositions(stances);
  }

  /** The kind of position {@code holder} states on a provision of {@code type} in a sentence. */
  Optional<ClaimKind> kindOf(int sentence, ActorId holder, ProvisionType type) {
    return at(sentence, holder).stream()
        .filter(s -> s.type() == type)
        .map(Stance::kind)
        .findFirst();
  }

  /**
   * The gold positions {@code holder} states in a sentence on provisions of types other than {@code
   * named} (those the lexicon found there): what the untyped candidate stands for.
   */
  List<Stance> unnamed(int sentence, ActorId holder, Set<ProvisionType> named) {
    return at(sentence, holder).stream().filter(s -> !named.contains(s.type())).toList();
  }

  private List<Stance> at(int sentence, ActorId holder) {
    return stances.getOrDefault(key(sentence, holder), List.of());
  }

  private static String key(int sentence, ActorId holder) {
    return sentence + "/" + holder.value();
  }
}
