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
  private final List<Word> words;
  private final int[] firstWord;

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
    WordScanner scanner = new WordScanner();
    List<Word> all = new java.util.ArrayList<>();
    this.firstWord = new int[starts.length + 1];
    for (int i = 0; i < starts.length; i++) {
      firstWord[i] = all.size();
      all.addAll(scanner.scan(aligned.normalized(), starts[i], ends[i]));
    }
    firstWord[starts.length] = all.size();
    this.words = List.copyOf(all);
  }

  /** The dictionary words of all sentences, in order (scanned once, shared by the stages). */
  public List<Word> words() {
    return words;
  }

  /** The words of sentence {@code i}. */
  public List<Word> words(int i) {
    return words.subList(firstWord[i], firstWord[i + 1]);
  }

  /** The words lying wholly between normalised offsets {@code from} and {@code to}. */
  public List<Word> wordsBetween(int from, int to) {
    int lo = firstAtOrAfter(from);
    int hi = firstAtOrAfter(to);
    while (hi > lo && words.get(hi - 1).end() > to) {
      hi--;
    }
    return words.subList(lo, Math.max(lo, hi));
  }

  private int firstAtOrAfter(int n) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < n) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
