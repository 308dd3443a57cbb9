package org.parley.extract.position;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.context.SentenceWords;

/**
 * The features of the two position decisions. The stance of a (sentence, provision) candidate is
 * read from the sentence's words, word pairs and stance word classes (negated or not), the words
 * before the provision's own and whether a negation stands there; who holds a stance is read from
 * how each party comes to be a candidate, the words and word classes around its mention, and
 * whether the provision follows it. Stateless.
 */
public final class PositionFeatures {
  /** How many words after a party's mention and before a provision's words count as its context. */
  private static final int WINDOW = 6;

  private final StanceWords classes;

  public PositionFeatures(StanceWords classes) {
    this.classes = classes;
  }

  /**
   * A feature of a sentence's words: its name, and whether each candidate reads it prefixed with
   * its provision type ("t:ceasefire|w:ceas") rather than as it is.
   */
  record WordFeature(String name, boolean typed) {}

  /** The features of a stance on {@code p} in sentence {@code s}. */
  public List<String> stance(SentenceView s, ProvisionCandidate p) {
    List<String> f = new ArrayList<>();
    String type = type(p);
    head(p, type, f);
    for (WordFeature w : words(s)) {
      f.add(w.typed() ? type + "|" + w.name() : w.name());
    }
    tail(s, f);
    provision(s, p, type, f);
    return f;
  }

  /** The features that come first, before the sentence's words: the bias and the provision. */
  void head(ProvisionCandidate p, String type, List<String> f) {
    f.add("bias");
    f.add(type);
    f.add(type + "|pol:" + p.polarity().code());
  }

  /** The features of the sentence's words, word pairs and word classes, in the order read. */
  List<WordFeature> words(SentenceView s) {
    List<WordFeature> f = new ArrayList<>();
    SentenceWords w = s.words();
    for (int i = 0; i < w.size(); i++) {
      // one string for a feature read twice, so that its hash is computed once
      String word = "w:" + w.stem(i);
      f.add(new WordFeature(word, false));
      f.add(new WordFeature("b:" + w.stem(i - 1) + "_" + w.stem(i), false));
      f.add(new WordFeature(word, true));
      for (String c : classes.classesAt(w, i)) {
        String cls = "cls:" + c;
        f.add(new WordFeature(cls, false));
        f.add(new WordFeature(cls, true));
        if (negated(w, i)) {
          f.add(new WordFeature("neg+" + c, false));
        }
      }
    }
    return f;
  }

  /** The features that follow the words: question, quotation, outlet. */
  void tail(SentenceView s, List<String> f) {
    if (s.question()) {
      f.add("question");
    }
    if (s.quoted()) {
      f.add("quoted");
    }
    f.add("outlet:" + s.outlet());
  }

  /** The features of party {@code h} holding a stance on {@code p} in sentence {@code s}. */
  public List<String> holder(SentenceView s, HolderCandidate h, ProvisionCandidate p) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    StringBuilder all = new StringBuilder("cues");
    for (HolderCue c : HolderCue.values()) {
      if (h.has(c)) {
        f.add("cue:" + c);
        f.add("cue:" + c + "|outlet:" + s.outlet());
        all.append(':').append(c);
      }
    }
    f.add(all.toString());
    if (h.at() >= 0) {
      mention(s, h, p, f);
    }
    return f;
  }

  private void mention(SentenceView s, HolderCandidate h, ProvisionCandidate p, List<String> f) {
    SentenceWords w = s.words();
    int i = w.indexAt(h.at());
    int after = w.indexAt(h.end());
    f.add("h-1:" + w.stem(i - 1));
    f.add("h+1:" + w.stem(after));
    f.add("h+2:" + w.stem(after + 1));
    f.add("h+12:" + w.stem(after) + "_" + w.stem(after + 1));
    for (int k = after; k < Math.min(w.size(), after + WINDOW); k++) {
      f.add("hwin:" + w.stem(k));
      for (String c : classes.classesAt(w, k)) {
        f.add("hwin-cls:" + c);
      }
    }
    if (!p.generic()) {
      f.add(p.start() > h.at() ? "p-after-h" : "p-before-h");
    }
  }

  /** The features of the provision's own place in the sentence (none for the generic one). */
  void provision(SentenceView s, ProvisionCandidate p, String type, List<String> f) {
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
      for (String c : classes.classesAt(w, k)) {
        f.add("pwin-cls:" + c);
      }
    }
    if (p.negated()) {
      f.add("neg");
      f.add(type + "|neg");
    }
  }

  /** Whether one of the two words before word {@code i} negates it. */
  private boolean negated(SentenceWords w, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (classes.classesAt(w, k).contains("negation")) {
        return true;
      }
    }
    return false;
  }

  static String type(ProvisionCandidate p) {
    return p.generic() ? "t:*" : "t:" + p.type().code();
  }
}
