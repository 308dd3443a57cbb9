package org.parley.extract.position;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.SentenceWords;
import org.parley.model.ActorId;

/**
 * To whom a position is addressed, when the sentence says: the party named right after a word of
 * asking ("urged Berlin to", "called on NATO", "asked the Swiss"), or the party right before a word
 * of obligation ("Moscow must", "Kyiv should"), other than the holder. None when the sentence names
 * two or more such parties (the annotation guide leaves the addressee out then). Stateless.
 */
final class Addressees {
  /** How many words may stand between an asking word and the party asked ("called on the"). */
  private static final int AFTER_ASK = 3;

  /** How many words may stand between a party and its obligation ("Russia also must"). */
  private static final int BEFORE_OBLIGATION = 2;

  private final StanceWords classes;

  Addressees(StanceWords classes) {
    this.classes = classes;
  }

  @Nullable ActorId of(PositionCandidates.Sentence sc, HolderCandidate holder) {
    SentenceWords w = sc.view().words();
    List<ActorId> found = new ArrayList<>();
    for (HolderCandidate h : sc.holders()) {
      if (h.at() < 0 || h.holder().equals(holder.holder()) || found.contains(h.holder())) {
        continue;
      }
      int first = w.indexAt(h.at());
      int after = w.indexAt(h.end());
      if (follows(w, first, "ask", AFTER_ASK) || precedes(w, after, "oblige", BEFORE_OBLIGATION)) {
        found.add(h.holder());
      }
    }
    return found.size() == 1 ? found.get(0) : null;
  }

  /** Whether a word of class {@code cls} stands at most {@code gap} words before word {@code i}. */
  private boolean follows(SentenceWords w, int i, String cls, int gap) {
    for (int k = Math.max(0, i - gap - 1); k < i; k++) {
      if (classes.classesAt(w, k).contains(cls)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of class {@code cls} stands within {@code gap} words from word {@code i} on. */
  private boolean precedes(SentenceWords w, int i, String cls, int gap) {
    for (int k = i; k < Math.min(w.size(), i + gap + 1); k++) {
      if (classes.classesAt(w, k).contains(cls)) {
        return true;
      }
    }
    return false;
  }
}
