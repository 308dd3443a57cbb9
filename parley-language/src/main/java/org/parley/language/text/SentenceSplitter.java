package org.parley.language.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * Splits a normalised body into paragraphs and sentences: OpenNLP's sentence model on each line of
 * each paragraph, then {@link SentenceRepair} for its failure modes on news text, then {@link
 * LongSentences} cuts run-on sentences longer than 2,000 characters. A line break is always a
 * sentence boundary. Thread-safe: the model is shared, detector state is per thread.
 */
public final class SentenceSplitter {
  private final ThreadSafeSentenceDetectorME detector;
  private final ParagraphSplitter paragraphs = new ParagraphSplitter();

  public SentenceSplitter(SentenceModel model) {
    this.detector = new ThreadSafeSentenceDetectorME(model);
  }

  /** The paragraphs and sentences of {@code text}. */
  public SentencedText split(AlignedText text) {
    String norm = text.normalized();
    List<Paragraph> paras = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    for (int[] p : paragraphs.split(norm)) {
      int pi = paras.size();
      paras.add(new Paragraph(pi, text.span(p[0], p[1])));
      for (int[] s : sentencesOf(norm, p[0], p[1])) {
        sentences.add(new Sentence(sentences.size(), pi, text.span(s[0], s[1])));
        ranges.add(s);
      }
    }
    int[] starts = ranges.stream().mapToInt(r -> r[0]).toArray();
    int[] ends = ranges.stream().mapToInt(r -> r[1]).toArray();
    return new SentencedText(text, paras, sentences, starts, ends);
  }

  private List<int[]> sentencesOf(String norm, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int lineStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || norm.charAt(i) == '\n') {
        detect(norm, lineStart, i, out);
        lineStart = i + 1;
      }
    }
    return out;
  }

  private void detect(String norm, int start, int end, List<int[]> out) {
    if (norm.substring(start, end).isBlank()) {
      return;
    }
    List<int[]> found = new ArrayList<>();
    for (opennlp.tools.util.Span s : detector.sentPosDetect(norm.substring(start, end))) {
      found.add(new int[] {start + s.getStart(), start + s.getEnd()});
    }
    if (found.isEmpty()) {
      found.add(new int[] {start, end});
    }
    for (int[] r : LongSentences.cut(norm, SentenceRepair.repair(norm, found))) {
      int s = r[0];
      int e = r[1];
      while (s < e && Character.isWhitespace(norm.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(norm.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new int[] {s, e});
      }
    }
  }
}
