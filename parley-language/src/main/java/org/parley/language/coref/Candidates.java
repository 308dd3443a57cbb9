package org.parley.language.coref;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * The order in which antecedents are tried for an anaphor at a position: earlier candidates of the
 * same sentence, nearest first; then earlier sentences of the paragraph, nearest sentence first and
 * its first candidate (the subject) first; then up to {@code back} paragraphs before, the same way,
 * only while nothing fits nearer, and never beyond {@link #MAX_LOOK_BACK} candidates. For a subject
 * pronoun ({@code subjectFirst}), candidates in subject position come before objects within each
 * sentence: "Putin told Macron that he …" is Putin.
 */
final class Candidates {
  /**
   * How far back an anaphor looks, in candidates: its own sentence and the earlier ones whose
   * candidates all lie within this many of it. About a hundred sentences of news; it bounds the
   * search in a paragraph that never ends (a transcript without breaks, a run-on line).
   */
  static final int MAX_LOOK_BACK = 256;

  private Candidates() {}

  /**
   * A possible antecedent: its span, sentence, paragraph and referent; {@code subject} when it
   * stands in subject position (not after a preposition or an object-taking verb, not a possessor).
   */
  record Candidate(
      Span span, int sentence, int paragraph, Referent referent, Object source, boolean subject) {}

  static Optional<Candidate> first(
      SentencedText text, List<Candidate> all, Span at, Predicate<Candidate> fits, int back) {
    return first(text, all, at, fits, back, false);
  }

  /**
   * The first candidate in the search order that {@code fits}. {@code all} holds the candidates
   * before {@code at} in text order, so walking it backwards meets the sentences nearest first;
   * only the candidates up to the first fit are tested, and no earlier sentence beyond {@link
   * #MAX_LOOK_BACK} candidates, which keeps a long paragraph linear.
   */
  static Optional<Candidate> first(
      SentencedText text,
      List<Candidate> all,
      Span at,
      Predicate<Candidate> fits,
      int back,
      boolean subjectFirst) {
    int sentence = text.sentenceAt(text.aligned().normStart(at));
    int paragraph = sentence < 0 ? -1 : text.paragraphOf(sentence);
    int hi = all.size();
    while (hi > 0 && all.get(hi - 1).sentence() > sentence) {
      hi--;
    }
    int lo = startOfSentence(all, hi);
    if (lo < hi && all.get(lo).sentence() == sentence) {
      Optional<Candidate> same = nearestBefore(all, lo, hi, at, fits, subjectFirst);
      if (same.isPresent()) {
        return same;
      }
      hi = lo;
    }
    return firstEarlier(text, all, hi, paragraph - back, fits, subjectFirst);
  }

  /**
   * The first fit in the sentences before {@code end}, nearest first, no further back than
   * paragraph {@code minParagraph} or {@link #MAX_LOOK_BACK} candidates.
   */
  private static Optional<Candidate> firstEarlier(
      SentencedText text,
      List<Candidate> all,
      int end,
      int minParagraph,
      Predicate<Candidate> fits,
      boolean subjectFirst) {
    int horizon = all.size() - MAX_LOOK_BACK;
    int hi = end;
    while (hi > 0) {
      int s = all.get(hi - 1).sentence();
      if (s < 0 || text.paragraphOf(s) < minParagraph) {
        return Optional.empty();
      }
      int lo = startOfSentence(all, hi);
      if (lo < horizon) {
        return Optional.empty();
      }
      Optional<Candidate> found = firstIn(all, lo, hi, fits, subjectFirst);
      if (found.isPresent()) {
        return found;
      }
      hi = lo;
    }
    return Optional.empty();
  }

  /** The start of the run of candidates of one sentence that ends at {@code hi}. */
  private static int startOfSentence(List<Candidate> all, int hi) {
    if (hi == 0) {
      return 0;
    }
    int s = all.get(hi - 1).sentence();
    int lo = hi - 1;
    while (lo > 0 && all.get(lo - 1).sentence() == s) {
      lo--;
    }
    return lo;
  }

  /** In {@code at}'s own sentence: the nearest fit before it (subjects first if asked). */
  private static Optional<Candidate> nearestBefore(
      List<Candidate> all,
      int lo,
      int hi,
      Span at,
      Predicate<Candidate> fits,
      boolean subjectFirst) {
    for (int pass = subjectFirst ? 0 : 1; pass < 2; pass++) {
      for (int i = hi - 1; i >= lo; i--) {
        Candidate c = all.get(i);
        if ((pass == 1 && !subjectFirst || c.subject() == (pass == 0))
            && c.span().end() <= at.start()
            && fits.test(c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** In an earlier sentence: the first fit in text order (subjects first if asked). */
  private static Optional<Candidate> firstIn(
      List<Candidate> all, int lo, int hi, Predicate<Candidate> fits, boolean subjectFirst) {
    for (int pass = subjectFirst ? 0 : 1; pass < 2; pass++) {
      for (int i = lo; i < hi; i++) {
        Candidate c = all.get(i);
        if ((pass == 1 && !subjectFirst || c.subject() == (pass == 0)) && fits.test(c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
