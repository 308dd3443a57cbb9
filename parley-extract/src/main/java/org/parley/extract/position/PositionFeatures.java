package org.parley.extract.position;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.lexicon.StanceTrigger;
import org.parley.model.Position;

/**
 * The features of one (sentence, party, provision) candidate: the sentence's words and stance
 * triggers, how the party comes to be a candidate and the words around its mention, the provision's
 * type and the words before it, and what the hand-written rules found. Stateless.
 */
public final class PositionFeatures {
  /** How many words after a party's mention and before a provision's words count as its context. */
  private static final int WINDOW = 6;

  /** The features of party {@code h} stating a position on {@code p} in sentence {@code s}. */
  public List<String> of(
      SentenceView s, HolderCandidate h, ProvisionCandidate p, List<Position> rules) {
    List<String> f = new ArrayList<>();
    String type = p.generic() ? "t:*" : "t:" + p.type().code();
    f.add("bias");
    f.add(type);
    f.add(type + "|pol:" + p.polarity().code());
    sentence(s, type, f);
    holder(s, h, type, f);
    provision(s, h, p, type, f);
    for (Position r : rules) {
      if (r.holder().equals(h.holder())) {
        f.add("rule:" + r.kind().code());
        if (r.provision().type() == p.type()) {
          f.add("rule:" + r.kind().code() + "|same-type");
        }
      }
    }
    return f;
  }

  private static void sentence(SentenceView s, String type, List<String> f) {
    SentenceWords w = s.words();
    for (int i = 0; i < w.size(); i++) {
      f.add("w:" + w.stem(i));
      f.add("b:" + w.stem(i - 1) + "_" + w.stem(i));
      f.add(type + "|w:" + w.stem(i));
    }
    for (StanceTrigger t : s.triggers()) {
      f.add("trig:" + t.kind().code());
      f.add(type + "|trig:" + t.kind().code());
    }
    if (s.question()) {
      f.add("question");
    }
    if (s.quoted()) {
      f.add("quoted");
    }
    f.add("outlet:" + s.outlet());
  }

  private static void holder(SentenceView s, HolderCandidate h, String type, List<String> f) {
    StringBuilder all = new StringBuilder("cues");
    for (HolderCue c : HolderCue.values()) {
      if (h.has(c)) {
        f.add("cue:" + c);
        f.add("cue:" + c + "|outlet:" + s.outlet());
        all.append(':').append(c);
      }
    }
    f.add(all.toString());
    if (h.at() < 0) {
      return;
    }
    SentenceWords w = s.words();
    int i = w.indexAt(h.at());
    int after = w.indexAt(h.end());
    f.add("h-1:" + w.stem(i - 1));
    f.add("h+1:" + w.stem(after));
    f.add("h+2:" + w.stem(after + 1));
    f.add("h+12:" + w.stem(after) + "_" + w.stem(after + 1));
    for (int k = after; k < Math.min(w.size(), after + WINDOW); k++) {
      f.add("hwin:" + w.stem(k));
    }
    for (StanceTrigger t : s.triggers()) {
      String side = t.start() > h.at() ? "after" : "before";
      f.add("trig-" + side + "-h:" + t.kind().code());
      if (t.start() > h.at() && t.start() - h.at() < 60) {
        f.add("trig-near-h:" + t.kind().code());
      }
    }
  }

  private static void provision(
      SentenceView s, HolderCandidate h, ProvisionCandidate p, String type, List<String> f) {
    if (p.generic()) {
      return;
    }
    SentenceWords w = s.words();
    int i = w.indexAt(p.start());
    f.add(type + "|p-1:" + w.stem(i - 1));
    f.add(type + "|p-2:" + w.stem(i - 2));
    f.add("p-1:" + w.stem(i - 1));
    f.add("p-12:" + w.stem(i - 2) + "_" + w.stem(i - 1));
    for (int k = Math.max(0, i - WINDOW); k < i; k++) {
      f.add("pwin:" + w.stem(k));
    }
    if (h.end() >= 0 && h.end() <= p.start()) {
      int from = w.indexAt(h.end());
      for (int k = from; k < Math.min(i, from + 2 * WINDOW); k++) {
        f.add("h-p:" + w.stem(k));
      }
    }
    if (p.negated()) {
      f.add("neg");
      f.add(type + "|neg");
    }
    if (h.at() >= 0) {
      f.add(p.start() > h.at() ? "p-after-h" : "p-before-h");
    }
    for (StanceTrigger t : s.triggers()) {
      if (t.end() <= p.start()) {
        f.add("trig-before-p:" + t.kind().code());
      } else if (t.start() >= p.end()) {
        f.add("trig-after-p:" + t.kind().code());
      }
    }
  }
}
