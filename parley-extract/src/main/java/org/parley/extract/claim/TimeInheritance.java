package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.context.DocContext;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;

/**
 * Gives an undated position or statement the valid time of the nearest earlier dated claim of the
 * same holder in its paragraph or the one before: an article dates a report once ("informed
 * Washington of on Friday") and goes on with it ("The report also claimed that Putin would agree to
 * ..."). Control figures and meetings keep only the times their own clauses give. Stateless.
 */
public final class TimeInheritance {
  /** The claims, in document order, with undated ones dated from their context where it allows. */
  public List<Claim> apply(DocContext ctx, List<Claim> inOrder) {
    List<Claim> out = new ArrayList<>(inOrder.size());
    for (Claim c : inOrder) {
      out.add(c.provenance().validTime() == null && inherits(c) ? dated(ctx, c, out) : c);
    }
    return out;
  }

  private static boolean inherits(Claim c) {
    return !(c instanceof Control) && !(c instanceof Meeting) && c.holder() != null;
  }

  private static Claim dated(DocContext ctx, Claim c, List<Claim> before) {
    int paragraph = paragraphOf(ctx, c);
    for (int i = before.size() - 1; i >= 0; i--) {
      Claim b = before.get(i);
      int p = paragraphOf(ctx, b);
      if (paragraph - p > 1) {
        break;
      }
      PartialDate t = b.provenance().validTime();
      if (t != null && c.holder().equals(b.holder()) && inherits(b)) {
        return c.withProvenance(c.provenance().withValidTime(t));
      }
    }
    return c;
  }

  private static int paragraphOf(DocContext ctx, Claim c) {
    return ctx.paragraphOf(ctx.sentenceAt(ctx.norm(c.provenance().evidence().first())));
  }
}
