package org.parley.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.extract.learn.Example;
import org.parley.model.ProvisionType;

/**
 * Collects the training examples of the three position models from sentences and their gold
 * positions: a stance example per (sentence, provision) candidate (unless the sentence only gives
 * context to a gold position on it), a holder example per candidate party of a sentence that states
 * the position, and a type example per gold position the lexicon has no words for.
 */
final class PositionExamples {
  private final PositionFeatures features;
  private final TypeFeatures typeFeatures;
  private final List<Example> stances = new ArrayList<>();
  private final List<Example> holders = new ArrayList<>();
  private final List<Example> types = new ArrayList<>();

  PositionExamples(PositionFeatures features, TypeFeatures typeFeatures) {
    this.features = features;
    this.typeFeatures = typeFeatures;
  }

  void add(PositionCandidates.Sentence sc, GoldPositions labels) {
    if (sc.holders().isEmpty()) {
      return;
    }
    int i = sc.view().index();
    Set<ProvisionType> named = sc.named();
    for (ProvisionCandidate p : sc.provisions()) {
      List<GoldPositions.Stance> stated =
          labels.at(i).stream()
              .filter(s -> p.generic() ? !named.contains(s.type()) : s.type() == p.type())
              .toList();
      ProvisionType type = p.generic() ? ProvisionType.OTHER : p.type();
      if (stated.isEmpty() && labels.isContext(i, type)) {
        continue;
      }
      String kind = stated.isEmpty() ? LearnedPositionFinder.NONE : stated.get(0).kind().code();
      stances.add(new Example(kind, features.stance(sc.view(), p)));
      if (stated.isEmpty()) {
        continue;
      }
      addHolders(sc, p, stated);
      if (p.generic()) {
        addTypes(sc, stated);
      }
    }
  }

  /** One holder example per candidate party: whether it holds a stated stance on {@code p}. */
  private void addHolders(
      PositionCandidates.Sentence sc, ProvisionCandidate p, List<GoldPositions.Stance> stated) {
    for (HolderCandidate h : sc.holders()) {
      boolean holds = stated.stream().anyMatch(s -> s.holder().equals(h.holder()));
      holders.add(
          new Example(
              holds ? LearnedPositionFinder.YES : LearnedPositionFinder.NO,
              features.holder(sc.view(), h, p)));
    }
  }

  /** One type example per stance stated on the generic candidate. */
  private void addTypes(PositionCandidates.Sentence sc, List<GoldPositions.Stance> stated) {
    for (GoldPositions.Stance s : stated) {
      types.add(
          new Example(s.type().code(), typeFeatures.of(sc.view(), s.kind(), sc.provisions())));
    }
  }

  List<Example> stances() {
    return stances;
  }

  List<Example> holders() {
    return holders;
  }

  List<Example> types() {
    return types;
  }
}
