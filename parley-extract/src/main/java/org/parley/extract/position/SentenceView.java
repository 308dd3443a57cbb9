package org.parley.extract.position;

import java.util.List;
import java.util.Locale;
import org.parley.extract.context.DocContext;
import org.parley.extract.lexicon.StanceLexicon;
import org.parley.extract.lexicon.StanceTrigger;
import org.parley.model.Span;

/**
 * What the position features read of one sentence: its normalised bounds, words, the stance
 * lexicon's triggers in it, whether it asks a question or stands inside a quotation, and the kind
 * of outlet that published it.
 */
public record SentenceView(
    int index,
    int from,
    int to,
    SentenceWords words,
    List<StanceTrigger> triggers,
    boolean question,
    boolean quoted,
    String outlet) {
  public SentenceView {
    triggers = List.copyOf(triggers);
  }

  /** The view of sentence {@code i} of {@code ctx}. */
  public static SentenceView of(DocContext ctx, int i, StanceLexicon stances) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    String text = ctx.text();
    Span s = ctx.sentenceSpan(i);
    int middle = (from + to) / 2;
    return new SentenceView(
        i,
        from,
        to,
        SentenceWords.of(text, from, to),
        stances.find(text, from, to),
        text.substring(from, to).stripTrailing().endsWith("?"),
        ctx.quotationAt(middle).isPresent() || ctx.quotationAt(from + 1).isPresent(),
        outletKind(ctx, s));
  }

  private static String outletKind(DocContext ctx, Span s) {
    String where =
        ((ctx.document().outlet() == null ? "" : ctx.document().outlet())
                + " "
                + (ctx.document().url() == null ? "" : ctx.document().url()))
            .toLowerCase(Locale.ROOT);
    if (where.contains("kremlin.ru")
        || where.contains("president.gov.ua")
        || where.contains("whitehouse.gov")) {
      return "office";
    }
    return "press";
  }
}
