package org.parley.extract.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.lexicon.StanceTrigger;
import org.parley.language.cue.AttributionCue;
import org.parley.model.ClaimKind;
import org.parley.model.Span;

/**
 * Where a stance trigger of {@link PositionFinder} reaches and whether it states a stance of its
 * own: the stretch its provisions may lie in (its side of its clause, up to the next stance that
 * starts a clause of its own, never out of its quotation or into a reporting frame), and the
 * triggers to set aside (embedded in an earlier demand, subordinate, hypothetical, a topic, a
 * negated refusal). Stateless.
 */
final class TriggerScopes {
  private static final Pattern CONDITION =
      Pattern.compile(
          "^(?:only )?(?:if|once|as soon as|provided|on (?:the )?conditions? that|as long as|unless)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FRONTED =
      Pattern.compile("(?:^|[.!?\"“”\\n]\\s*|\\bthat\\s+|,\\s+)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern OBLIGATION =
      Pattern.compile(
          "(?:would |will |should |must )?need(?:s|ed)? to|must|has to|have to|is obliged to|should",
          Pattern.CASE_INSENSITIVE);

  private TriggerScopes() {}

  /** Whether trigger {@code k} states no stance of its own here (embedded, hypothetical, …). */
  static boolean isSetAside(String text, int from, List<StanceTrigger> ts, int k) {
    StanceTrigger t = ts.get(k);
    return isEmbedded(text, ts, k)
        || isSubordinate(text, from, ts, k)
        || PositionFilters.isHypothetical(text, from, t.start())
        || PositionFilters.isTopic(text, from, t.start())
        || PositionFilters.isNegatedRefusal(text, from, t);
  }

  /**
   * Whether trigger {@code k} is no stance of its own: it stands in another's purpose clause, or it
   * names a demand that the sentence comments on.
   */
  private static boolean isSubordinate(String text, int from, List<StanceTrigger> ts, int k) {
    StanceTrigger t = ts.get(k);
    return (k > 0 && PositionFilters.isInPurposeClause(text, from, t))
        || PositionFilters.isReferencedDemand(text, from, t);
  }

  static boolean isObligation(String text, StanceTrigger t) {
    return OBLIGATION.matcher(text.substring(t.start(), t.end())).matches();
  }

  /**
   * Whether trigger {@code k} lies inside the demand of an earlier obligation or demand verb with
   * nothing between them that starts a new clause ("Russia must confirm its readiness to
   * negotiate").
   */
  private static boolean isEmbedded(String text, List<StanceTrigger> ts, int k) {
    for (int j = k - 1; j >= 0; j--) {
      StanceTrigger e = ts.get(j);
      // a stance inside what is demanded or refused ("rejected the plan to cede") is its object
      if ((e.kind() == ClaimKind.DEMAND || e.kind() == ClaimKind.REJECTION)
          && e.scope() != StanceTrigger.Scope.BEFORE) {
        String between = text.substring(e.end(), ts.get(k).start());
        if (CONDITION.matcher(text.substring(e.start(), e.end())).find()) {
          // A condition put first ends at its comma: what follows is the main clause.
          String ends = isFronted(text, e.start()) ? "[;:,]" : "[;:]";
          return between.length() < 160 && !between.matches("(?s).*(?:" + ends + "|\\bbut\\b).*");
        }
        return between.length() < 80 && !between.matches("(?s).*(?:[,;:]|\\bbut\\b|\\band\\b).*");
      }
    }
    return false;
  }

  /** Whether the words at {@code start} open their sentence or a "that" clause. */
  private static boolean isFronted(String text, int start) {
    String before = text.substring(Math.max(0, start - 6), start);
    return FRONTED.matcher(before).find();
  }

  /**
   * The stretch a trigger's provisions may lie in: its side of its clause, up to the next stance
   * that starts a clause of its own, and never out of the quotation the trigger stands in.
   */
  static int[] scope(DocContext ctx, int from, int to, List<StanceTrigger> ts, int k) {
    StanceTrigger t = ts.get(k);
    String text = ctx.text();
    int[] clause = Clauses.around(text, from, to, t.start());
    int start =
        switch (t.scope()) {
          case AFTER -> isObligation(text, t) ? Math.max(clause[0], previousEnd(ts, k)) : t.end();
          case BEFORE -> from;
          case AROUND -> clause[0];
        };
    int end = t.scope() == StanceTrigger.Scope.BEFORE ? t.start() : clause[1];
    if (t.scope() != StanceTrigger.Scope.BEFORE) {
      for (int j = k + 1; j < ts.size(); j++) {
        if (ts.get(j).kind() != t.kind()
            && !isEmbedded(text, ts, j)
            && !isSubordinate(text, from, ts, j)) {
          end = Math.min(end, ts.get(j).start());
          break;
        }
      }
    }
    end = Math.min(end, frameStart(ctx, t.end(), end));
    int[] quoted = quotedBounds(ctx, t.start());
    if (quoted != null) {
      start = Math.max(start, quoted[0]);
      end = Math.min(end, quoted[1]);
    }
    return new int[] {start, Math.max(start, end)};
  }

  /**
   * Where a reporting frame ("its negotiators said after ...", "sources told Reuters") starts
   * inside [from, to): what follows it is how the text knows the stance, not part of the stance.
   */
  private static int frameStart(DocContext ctx, int from, int to) {
    int cut = to;
    for (AttributionCue c : ctx.analyzed().cuesGoverning(ctx.original(from, to))) {
      if (c instanceof AttributionCue.ReportingFrame) {
        int s = ctx.norm(c.span());
        if (s > from && s < cut) {
          cut = s;
        }
      }
    }
    return cut;
  }

  /** The normalised bounds of the quoted words holding {@code at}, or null outside quotes. */
  private static int @Nullable [] quotedBounds(DocContext ctx, int at) {
    Span here = ctx.original(at, at);
    return ctx.quotationAt(at)
        .flatMap(
            q ->
                q.contents().stream()
                    .filter(c -> c.start() <= here.start() && here.start() < c.end())
                    .findFirst())
        .map(c -> new int[] {ctx.norm(c), ctx.normEnd(c)})
        .orElse(null);
  }

  private static int previousEnd(List<StanceTrigger> ts, int k) {
    return k == 0 ? 0 : ts.get(k - 1).end();
  }
}
