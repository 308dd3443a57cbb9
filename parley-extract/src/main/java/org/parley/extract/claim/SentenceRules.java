package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.context.DocContext;
import org.parley.model.Claim;

/** The sentence-by-sentence reading that several claim rules share. Stateless. */
final class SentenceRules {
  /** What a rule finds in one sentence, added to {@code out}. */
  @FunctionalInterface
  interface Reader {
    void sentence(DocContext ctx, int i, List<Claim> out);
  }

  private SentenceRules() {}

  /**
   * The claims {@code reader} finds in the sentences that may hold one ({@link DocContext#mayHold}:
   * the pre-pass selected them or they contain one of {@code anchors}), in sentence order.
   */
  static List<Claim> read(DocContext ctx, List<String> anchors, Reader reader) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      if (ctx.mayHold(i, anchors)) {
        reader.sentence(ctx, i, out);
      }
    }
    return out;
  }
}
