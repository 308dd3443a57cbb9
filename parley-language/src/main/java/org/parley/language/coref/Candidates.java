package org.parley.language.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * The order in which antecedents are tried for an anaphor at a position: earlier candidates of the
 * same sentence, nearest first; then earlier sentences of the paragraph, nearest sentence first and
 * its first candidate (the subject) first; then up to {@code back} paragraphs before, the same way,
 * only while nothing fits nearer.
 */
final class Candidates {
  private Candidates() {}

  /** A possible antecedent: its span, sentence, paragraph and referent. */
  record Candidate(Span span, int sentence, int paragraph, Referent referent, Object source) {}

  static List<Candidate> ordered(
      SentencedText text, List<Candidate> all, Span at, Predicate<Candidate> fits, int back) {
    int sentence = text.sentenceAt(text.aligned().normStart(at));
    int paragraph = sentence < 0 ? -1 : text.paragraphOf(sentence);
    List<Candidate> out = new ArrayList<>();
    List<Candidate> same = new ArrayList<>();
    for (Candidate c : all) {
      if (c.sentence() == sentence && c.span().end() <= at.start() && fits.test(c)) {
        same.add(0, c);
      }
    }
    out.addAll(same);
    for (int s = sentence - 1; s >= 0; s--) {
      int p = text.paragraphOf(s);
      if (p < paragraph - back || p < paragraph && hasAnyBefore(out)) {
        break;
      }
      for (Candidate c : all) {
        if (c.sentence() == s && fits.test(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean hasAnyBefore(List<Candidate> found) {
    return !found.isEmpty();
  }
}
