package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.measure.Figure;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RegionReading;
import org.parley.model.RegionId;

/**
 * The territory a control figure measures: the region, group or country right after it ("75 percent
 * of Donetsk, Kherson and Zaporizhzhia" — distributive, one territory per member, unless
 * "combined"), the regions before an area ("territory in Sumy and Kharkiv ... 150 sq. miles"), the
 * antecedent of a relative ("seven percent of which", "Crimea, which Moscow seized in its
 * entirety"), a state's own territory ("of Ukrainian territory", "of Ukraine's territory"), and the
 * anaphors "the country" and "the region". A figure about a city is no territory. Stateless.
 */
final class Territories {
  private static final Pattern RELATIVE = Pattern.compile("^\\s*(?:which|this|it|these|that)\\b");
  private static final Pattern CITY =
      Pattern.compile(
          "^\\s*(?:the\\s+)?(?:[\\w-]+\\s+){0,3}(?:city|town|village|capital|port|plant|airport|base)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "the country", not a part of it ("the country's southern shore", "the country's east"). */
  private static final Pattern COUNTRY =
      Pattern.compile(
          "^\\s*(?:the\\s+)?country(?:'s\\s+(?:(?:entire|whole|total|internationally[- ]"
              + "recogni[sz]ed|sovereign)\\s+)?(?:territory|land|soil|landmass)\\b|\\b(?!'))",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern REGION_ANAPHOR =
      Pattern.compile(
          "^\\s*(?:the\\s+)?(?:whole\\s+|entire\\s+)?(?:region|oblast|province)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A state's own territory named by its adjective or possessive ("Ukrainian territory"). */
  private static final Pattern STATE_TERRITORY =
      Pattern.compile(
          "^\\s*(?:the\\s+)?(?:(?:internationally[- ]recognised|internationally[- ]recognized"
              + "|sovereign|whole|entire|total)\\s+)?(?<state>[\\p{Lu}][\\w.'-]*)\\s+"
              + "(?:(?:internationally[- ]recogni[sz]ed|sovereign|own|entire|whole|total|land)\\s+)?"
              + "(?:territory|territories|land|soil|landmass|area)\\b");

  /**
   * A stretch named after a region, not the region ("the Sumy border strip", "the Kharkiv front").
   */
  private static final Pattern SMALLER_AREA =
      Pattern.compile(
          "^\\s*(?:border|frontier|front|frontline|front-line|coast|coastline|countryside|city|town"
              + "|villages?|district|strip|sector|direction|axis|bridgehead|salient|pocket)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COMBINED =
      Pattern.compile("\\b(?:combined|together|in total|altogether)\\b");
  private static final int REACH = 40;

  /** How close after a degree ("all of", "parts of", "two-thirds of") its territory must begin. */
  private static final int ADJACENT = 14;

  private Territories() {}

  /** The territories, one per claim; empty when the figure measures no region. */
  static List<List<RegionId>> of(
      DocContext ctx,
      PartyWords words,
      int[] clause,
      Figure f,
      int limit,
      List<RegionId> previous) {
    String after = ctx.text().substring(f.end(), limit);
    List<List<RegionId>> referred = referredTo(ctx, words, f, limit, previous);
    if (!referred.isEmpty()) {
      return referred;
    }
    if (CITY.matcher(after).find()) {
      return List.of();
    }
    if (f.isArea()) {
      List<RegionId> before = union(regionMentions(ctx, clause[0], f.start()));
      return before.isEmpty() ? after(ctx, f.end(), limit, REACH, true) : List.of(before);
    }
    if (COUNTRY.matcher(after).find()) {
      return List.of(List.of(ctx.theatre().contested()));
    }
    if (REGION_ANAPHOR.matcher(after).find()) {
      return lastRegionBefore(ctx, f.start());
    }
    return named(ctx, clause, f, limit);
  }

  /** The region named right after the figure, else the antecedent of a "which" clause. */
  private static List<List<RegionId>> named(DocContext ctx, int[] clause, Figure f, int limit) {
    int reach =
        f.measure().share() == null || f.measure().approx() == org.parley.model.Approx.ALL
            ? ADJACENT
            : REACH;
    List<List<RegionId>> found = after(ctx, f.end(), limit, reach, false);
    // "Crimea, which Moscow seized in its entirety": a degree with no territory of its own
    if (found.isEmpty()
        && ctx.text().startsWith("which", clause[0])
        && !endsWithOf(ctx.text(), f)) {
      return lastRegionBefore(ctx, clause[0]);
    }
    return found;
  }

  /**
   * The territory a figure names by reference, or none: a state's own territory ("of Ukrainian
   * territory"), the territory of the claim before for a relative ("which", "this"), or the region
   * list a relative figure follows ("the X and Y regions, parts of which").
   */
  private static List<List<RegionId>> referredTo(
      DocContext ctx, PartyWords words, Figure f, int limit, List<RegionId> previous) {
    String after = ctx.text().substring(f.end(), limit);
    List<RegionId> country = countryTerritory(words, after);
    if (!country.isEmpty()) {
      return List.of(country);
    }
    Matcher relative = RELATIVE.matcher(after);
    if (relative.find() && !previous.isEmpty()) {
      List<List<RegionId>> located = after(ctx, f.end() + relative.end(), limit, REACH, false);
      return located.isEmpty() ? List.of(previous) : located;
    }
    return relative.find(0) ? antecedent(ctx, f.start()) : List.of();
  }

  /** The country of "Ukrainian territory", "Ukraine's territory" right after a figure. */
  private static List<RegionId> countryTerritory(PartyWords words, String after) {
    Matcher m = STATE_TERRITORY.matcher(after);
    if (!m.find()) {
      return List.of();
    }
    org.parley.kb.Actor state = words.state(m.group("state"));
    return state == null ? List.of() : words.country(state);
  }

  private static List<List<RegionId>> after(
      DocContext ctx, int from, int to, int reach, boolean combine) {
    for (PlacedMention pm : ctx.mentionsIn(from, to)) {
      if (pm.start() > from + reach) {
        break;
      }
      switch (pm.mention()) {
        case RegionMention r
            when r.reading() == RegionReading.COUNTRY
                && isPossessive(ctx, pm)
                && regionFollows(ctx, pm) -> {
          // "Ukraine's northern Sumy region": the country introduces a region of its own
        }
        case RegionMention r -> {
          return regionTerritories(ctx, pm, r, from, to, combine);
        }
        case ActorMention a when !a.regions().isEmpty() && a.regions().get(0).isCountry() -> {
          if (!isPossessive(ctx, pm)) {
            return List.of(a.regions());
          }
        }
        default -> {}
      }
    }
    return List.of();
  }

  /** The territories a region mention names: one per member of a list unless "combined". */
  private static List<List<RegionId>> regionTerritories(
      DocContext ctx, PlacedMention pm, RegionMention r, int from, int to, boolean combine) {
    if (r.reading() == RegionReading.CITY
        || r.reading() == RegionReading.PLACE
        || SMALLER_AREA.matcher(ctx.text().substring(pm.end(), to)).find()) {
      return List.of();
    }
    boolean combined = combine || COMBINED.matcher(ctx.text().substring(from, to)).find();
    if (r.reading() == RegionReading.GROUP && !combined) {
      return r.members().stream().map(RegionMention::regions).filter(l -> !l.isEmpty()).toList();
    }
    return r.regions().isEmpty() ? List.of() : List.of(r.regions());
  }

  private static boolean endsWithOf(String text, Figure f) {
    return text.substring(f.start(), f.end()).toLowerCase(java.util.Locale.ROOT).endsWith(" of");
  }

  /** Whether a region of the country is named right after it ("Ukraine's northern Sumy region"). */
  private static boolean regionFollows(DocContext ctx, PlacedMention pm) {
    for (PlacedMention next :
        ctx.mentionsIn(pm.end(), Math.min(ctx.text().length(), pm.end() + 30))) {
      return next.mention() instanceof RegionMention r
          && (r.reading() == RegionReading.REGION || r.reading() == RegionReading.CITY_OR_REGION);
    }
    return false;
  }

  private static boolean isPossessive(DocContext ctx, PlacedMention pm) {
    String next = ctx.text().substring(pm.end(), Math.min(ctx.text().length(), pm.end() + 2));
    String own = ctx.text().substring(pm.start(), pm.end());
    return own.endsWith("'s")
        || own.endsWith("’s")
        || next.startsWith("'s")
        || next.startsWith("’s");
  }

  /**
   * The region a relative figure right after it refers to ("the Kherson and Zaporizhzhia regions,
   * parts of which"): a list gives one territory per member, a region or aggregate one.
   */
  private static List<List<RegionId>> antecedent(DocContext ctx, int figure) {
    List<PlacedMention> before = ctx.mentionsIn(Math.max(0, figure - 200), figure);
    if (before.isEmpty()
        || !(before.get(before.size() - 1).mention() instanceof RegionMention r)
        || !ctx.text().substring(before.get(before.size() - 1).end(), figure).matches("\\s*,?\\s*")
        || r.reading() == RegionReading.CITY
        || r.reading() == RegionReading.PLACE
        || r.regions().isEmpty()) {
      return List.of();
    }
    if (r.reading() == RegionReading.GROUP) {
      return r.members().stream().map(RegionMention::regions).filter(l -> !l.isEmpty()).toList();
    }
    return List.of(r.regions());
  }

  private static List<List<RegionId>> lastRegionBefore(DocContext ctx, int before) {
    List<RegionMention> rs = regionMentions(ctx, Math.max(0, before - 400), before);
    for (int i = rs.size() - 1; i >= 0; i--) {
      RegionMention r = rs.get(i);
      if (r.reading() == RegionReading.REGION || r.reading() == RegionReading.CITY_OR_REGION) {
        return List.of(r.regions());
      }
    }
    return List.of();
  }

  private static List<RegionMention> regionMentions(DocContext ctx, int from, int to) {
    List<RegionMention> out = new ArrayList<>();
    for (PlacedMention pm : ctx.mentionsIn(from, to)) {
      if (pm.mention() instanceof RegionMention r) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<RegionId> union(List<RegionMention> rs) {
    return rs.stream().flatMap(r -> r.regions().stream()).distinct().sorted().toList();
  }
}
