package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.measure.Figure;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RegionReading;
import org.parley.model.Approx;
import org.parley.model.Measure;

/**
 * A whole region taken, with no figure written: a region (an oblast or Crimea, not a city) that is
 * the object of a completed capture ("the army seized the Luhansk region", "took control of
 * Crimea") or the subject of "fell to" ("the Luhansk region, which fell to Russian units in
 * March"). Each gives a figure of degree all at the region, with the clause that states it (a
 * relative clause reaches to its end). Stateless.
 */
final class TakenRegions {
  /**
   * A completed capture right before the object: the verb, then at most three modifiers of a region
   * (possessives, compass words, "entire"), never a preposition ("took place in the").
   */
  private static final Pattern CAPTURE_BEFORE =
      Pattern.compile(
          "\\b(?:seized|captured|took|(?:has|have|had) taken|overran|overrun|conquered)"
              + "\\s+(?:(?:full\\s+)?control\\s+(?:of|over)\\s+)?(?:the\\s+)?"
              + "(?:(?:our|their|its|his|her|far|entire|whole|key|neighbou?ring"
              + "|[\\w-]*(?:north|south|east|west)[\\w-]*|[\\w-]+'s?)\\s+){0,3}$",
          Pattern.CASE_INSENSITIVE);

  /** The region as subject of "fell to", directly or in a relative clause. */
  private static final Pattern FELL_AFTER =
      Pattern.compile(
          "^\\s*(?:,\\s*(?:which|that)\\s+)?(?:had\\s+|has\\s+)?(?:fell|fallen)\\s+(?:in\\s+\\w+\\s+)?to\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words after a region that make it the setting of something smaller. */
  private static final Pattern SMALLER_AFTER =
      Pattern.compile(
          "^\\s*(?:'s?\\b|(?:city|town|village|capital|port|border|front|frontline|side)\\b)",
          Pattern.CASE_INSENSITIVE);

  private TakenRegions() {}

  /** The whole-region figures of the sentence [from, to), each with its clause. */
  static List<LocatedFigure> find(DocContext ctx, int from, int to) {
    List<LocatedFigure> out = new ArrayList<>();
    String text = ctx.text();
    for (PlacedMention pm : ctx.mentionsIn(from, to)) {
      if (!(pm.mention() instanceof RegionMention r) || r.reading() != RegionReading.REGION) {
        continue;
      }
      if (SMALLER_AFTER.matcher(text.substring(pm.end(), Math.min(to, pm.end() + 12))).find()) {
        continue;
      }
      int[] clause = Clauses.around(text, from, to, pm.start());
      Figure all = new Figure(pm.start(), pm.start(), Measure.qualitative(Approx.ALL));
      String before = text.substring(Math.max(clause[0], pm.start() - 80), pm.start());
      if (CAPTURE_BEFORE.matcher(before).find()) {
        out.add(new LocatedFigure(all, clause, LocatedFigure.Role.STATED, "control.taken"));
        continue;
      }
      Matcher fell = FELL_AFTER.matcher(text.substring(pm.end(), Math.min(to, pm.end() + 40)));
      if (fell.find()) {
        int end = Clauses.around(text, from, to, pm.end() + fell.end())[1];
        out.add(
            new LocatedFigure(
                all, new int[] {clause[0], end}, LocatedFigure.Role.RELATIVE, "control.taken"));
      }
    }
    return out;
  }
}
