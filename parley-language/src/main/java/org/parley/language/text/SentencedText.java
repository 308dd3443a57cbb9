package org.parley.language.text;

import java.util.Arrays;
import java.util.List;
import org.parley.model.Span;

/**
 * A normalised body with its paragraphs and sentences: the input of every later stage, so that a
 * stage's dependence on sentence structure is visible in its type. Offsets named {@code norm*} are
 * normalised ones (indices into {@code aligned().normalized()}); every {@link Span} is original.
 * Immutable.
 */
public final class SentencedText {
  private final AlignedText aligned;
  private final List<Paragraph> paragraphs;
  private final List<Sentence> sentences;
  private final int[] starts;
  private final int[] ends;

  SentencedText(
      AlignedText aligned,
      List<Paragraph> paragraphs,
      List<Sentence> sentences,
      int[] starts,
      int[] ends) {
    this.aligned = aligned;
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.starts = starts.clone();
    this.ends = ends.clone();
  }

  public AlignedText aligned() {
    return aligned;
  }

  /** The normalised body text. */
  public String text() {
    return aligned.normalized();
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** Normalised start of sentence {@code i}. */
  public int normStart(int i) {
    return starts[i];
  }

  /** Normalised end of sentence {@code i}. */
  public int normEnd(int i) {
    return ends[i];
  }

  /** The normalised text of sentence {@code i}. */
  public String sentenceText(int i) {
    return aligned.normalized().substring(starts[i], ends[i]);
  }

  /**
   * The index of the sentence holding normalised offset {@code n}, or of the nearest sentence
   * before it when {@code n} falls between sentences; -1 before the first.
   */
  public int sentenceAt(int n) {
    int k = Arrays.binarySearch(starts, n);
    return k >= 0 ? k : -k - 2;
  }

  /** The paragraph index of sentence {@code i}. */
  public int paragraphOf(int i) {
    return sentences.get(i).paragraph();
  }

  /** The original span of normalised [start, end). */
  public Span span(int start, int end) {
    return aligned.span(start, end);
  }
}
