package org.parley.extract.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * The gold positions of one document laid on its sentences. A record's evidence often spans
 * sentences that only give its context; the sentences that {@linkplain Support support} it (its
 * provision's words or a stance word stand there) are its own, the others are left out of training
 * for it rather than taught as "no position". A record no sentence supports owns all of its
 * sentences.
 */
final class GoldPositions {
  /** A gold position's holder, kind and provision type. */
  record Stance(ActorId holder, ClaimKind kind, ProvisionType type) {}

  /** Whether a sentence holds the words of a provision type, or of a stance for {@code other}. */
  @FunctionalInterface
  interface Support {
    boolean supports(int sentence, ProvisionType type);
  }

  private final Map<Integer, List<Stance>> own;
  private final Set<String> context;

  private GoldPositions(Map<Integer, List<Stance>> own, Set<String> context) {
    this.own = own;
    this.context = context;
  }

  static GoldPositions of(DocContext ctx, List<Claim> gold, Support support) {
    Map<Integer, List<Stance>> own = new HashMap<>();
    Set<String> context = new HashSet<>();
    for (Claim c : gold) {
      if (!(c instanceof Position p)) {
        continue;
      }
      ProvisionType type = p.provision().type();
      List<Integer> sentences = sentencesOf(ctx, p);
      List<Integer> supported = sentences.stream().filter(i -> support.supports(i, type)).toList();
      Stance stance = new Stance(p.holder(), p.kind(), type);
      for (int i : sentences) {
        if (supported.isEmpty() || supported.contains(i)) {
          List<Stance> here = own.computeIfAbsent(i, k -> new ArrayList<>());
          if (!here.contains(stance)) {
            here.add(stance);
          }
        } else {
          context.add(i + "/" + type.code());
        }
      }
    }
    return new GoldPositions(own, context);
  }

  private static List<Integer> sentencesOf(DocContext ctx, Position p) {
    List<Integer> out = new ArrayList<>();
    for (Span span : p.provenance().evidence().spans()) {
      for (Sentence s : ctx.analyzed().sentencesIn(span)) {
        if (!out.contains(s.index())) {
          out.add(s.index());
        }
      }
    }
    return out;
  }

  /** The gold positions a sentence states, of any holder. */
  List<Stance> at(int sentence) {
    return own.getOrDefault(sentence, List.of());
  }

  /**
   * Whether a sentence only gives context to a position on {@code type}: it is neither taught as
   * that position nor as none.
   */
  boolean isContext(int sentence, ProvisionType type) {
    return context.contains(sentence + "/" + type.code());
  }
}
