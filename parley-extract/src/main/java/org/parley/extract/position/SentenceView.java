package org.parley.extract.position;

import org.parley.extract.context.DocContext;
import org.parley.extract.context.SentenceWords;

/**
 * What the position features read of one sentence: its normalised bounds, words, whether it holds a
 * stance word (asking, obligation, offering, refusing, support, aims), asks a question or stands
 * inside a quotation, and the kind of outlet that published it.
 */
public record SentenceView(
    int index,
    int from,
    int to,
    SentenceWords words,
    boolean stanced,
    boolean question,
    boolean quoted,
    String outlet) {

  /** The view of sentence {@code i} of {@code ctx}. */
  public static SentenceView of(DocContext ctx, int i, StanceWords classes) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    String text = ctx.text();
    SentenceWords words = ctx.words(i);
    int middle = (from + to) / 2;
    return new SentenceView(
        i,
        from,
        to,
        words,
        hasStance(words, classes),
        text.substring(from, to).stripTrailing().endsWith("?"),
        ctx.quotationAt(middle).isPresent() || ctx.quotationAt(from + 1).isPresent(),
        outletKind(ctx));
  }

  private static boolean hasStance(SentenceWords words, StanceWords classes) {
    for (int k = 0; k < words.size(); k++) {
      for (String c : classes.classesAt(words, k)) {
        if (PositionCandidates.STANCE_CLASSES.contains(c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String outletKind(DocContext ctx) {
    return ctx.publisher().isPresent() ? "office" : "press";
  }
}
