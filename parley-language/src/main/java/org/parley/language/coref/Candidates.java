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
 * only while nothing fits nearer. For a subject pronoun ({@code subjectFirst}), candidates in
 * subject position come before objects within each sentence: "Putin told Macron that he …" is
 * Putin.
 */
final class Candidates {
  private Candidates() {}

  /**
   * A possible antecedent: its span, sentence, paragraph and referent; {@code subject} when it
   * stands in subject position (not after a preposition or an object-taking verb, not a possessor).
   */
  record Candidate(
      Span span, int sentence, int paragraph, Referent referent, Object source, boolean subject) {}

  static List<Candidate> ordered(
      SentencedText text, List<Candidate> all, Span at, Predicate<Candidate> fits, int back) {
    return ordered(text, all, at, fits, back, false);
  }

  static List<Candidate> ordered(
      SentencedText text,
      List<Candidate> all,
      Span at,
      Predicate<Candidate> fits,
      int back,
      boolean subjectFirst) {
    int sentence = text.sentenceAt(text.aligned().normStart(at));
    int paragraph = sentence < 0 ? -1 : text.paragraphOf(sentence);
    List<Candidate> out = new ArrayList<>();
    List<Candidate> same = new ArrayList<>();
    for (Candidate c : all) {
      if (c.sentence() == sentence && c.span().end() <= at.start() && fits.test(c)) {
        same.add(0, c);
      }
    }
    out.addAll(subjectFirst ? subjectsFirst(same) : same);
    for (int s = sentence - 1; s >= 0; s--) {
      int p = text.paragraphOf(s);
      if (p < paragraph - back || p < paragraph && !out.isEmpty()) {
        break;
      }
      List<Candidate> in = new ArrayList<>();
      for (Candidate c : all) {
        if (c.sentence() == s && fits.test(c)) {
          in.add(c);
        }
      }
      out.addAll(subjectFirst ? subjectsFirst(in) : in);
    }
    return out;
  }

  /** The same candidates, those in subject position first, each group in its given order. */
  private static List<Candidate> subjectsFirst(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    in.stream().filter(Candidate::subject).forEach(out::add);
    in.stream().filter(c -> !c.subject()).forEach(out::add);
    return out;
  }
}
