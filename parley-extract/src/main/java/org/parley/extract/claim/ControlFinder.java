package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.measure.Figure;
import org.parley.extract.measure.FigureFinder;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RegionReading;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;
import org.parley.model.RegionId;
import org.parley.model.Span;

/**
 * Control figures: a share, area or degree ("some 88 percent of the Donbas", "nearly all the
 * Luhansk region", "roughly 150 sq. miles") in a clause that says a party controls, occupies or
 * holds it. Lists are distributive ("75 percent of Donetsk, Kherson and Zaporizhzhia" gives three
 * claims), except areas "combined"; a relative "of which" refers to the territory before it. A
 * figure about a city, a hypothetical ("if Russia captures ..., it will hold all of Luhansk") or an
 * aim ("trying to capture all of") is not a control claim. Stateless.
 */
public final class ControlFinder implements ClaimStage {
  private static final Pattern CONTROL =
      Pattern.compile(
          "\\b(?:control(?:s|led|ling)?|occup(?:y|ies|ied|ying)|hold(?:s|ing)?|held|seiz(?:e|es|ed)"
              + "|captured|taken|took|annexed)\\b|-(?:controlled|held|occupied)\\b"
              + "|\\bunder (?:\\w+ )?(?:control|occupation)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_STATIVE =
      Pattern.compile(
          "\\b(?:if|unless|would|could|will|might|trying|try|tries|seeking|seeks|aims?|aiming|goal"
              + "|in order to|plans?|wants?|hopes?|recaptur\\w*|retook|retaken|regain\\w*"
              + "|liberat\\w*|destroyed|damaged)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile("^\\s*(?:which|this|it|these|that)\\b");
  private static final Pattern CITY =
      Pattern.compile(
          "^\\s*(?:the\\s+)?(?:\\w+\\s+){0,3}(?:city|town|village|capital|port|plant)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMBINED =
      Pattern.compile("\\b(?:combined|together|in total|altogether)\\b");
  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(?:said|says|claimed|claims|according to|announced|reported|stated)\\b",
          Pattern.CASE_INSENSITIVE);

  private final FigureFinder figures = new FigureFinder();
  private final ProvenanceResolver provenance = new ProvenanceResolver();

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      if (ctx.isCandidate(i)) {
        sentence(ctx, i, out);
      }
    }
    return out;
  }

  private void sentence(DocContext ctx, int i, List<Claim> out) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    String text = ctx.text();
    List<Figure> found = figures.find(text, from, to);
    List<RegionId> previous = List.of();
    PartialDate previousTime = null;
    for (int k = 0; k < found.size(); k++) {
      Figure f = found.get(k);
      int[] clause = Clauses.around(text, from, to, f.start());
      int limit = k + 1 < found.size() ? Math.min(clause[1], found.get(k + 1).start()) : clause[1];
      if (!isControlClause(text, clause, f)) {
        continue;
      }
      ActorId holder = holder(ctx, from, clause, f);
      List<List<RegionId>> territories = territories(ctx, clause, f, limit, previous);
      if (holder == null || territories.isEmpty()) {
        continue;
      }
      PartialDate time = time(ctx, clause, previousTime);
      for (List<RegionId> regions : territories) {
        out.add(claim(ctx, i, clause, f, holder, regions, time));
      }
      previous = territories.get(0);
      previousTime = time;
    }
  }

  private static boolean isControlClause(String text, int[] clause, Figure f) {
    String c = text.substring(clause[0], clause[1]);
    Matcher m = CONTROL.matcher(c);
    if (!m.find()) {
      return false;
    }
    return !NOT_STATIVE.matcher(text.substring(clause[0], Math.max(clause[0], f.start()))).find()
        && !NOT_STATIVE.matcher(c).find();
  }

  private static @Nullable ActorId holder(DocContext ctx, int from, int[] clause, Figure f) {
    ActorId found = null;
    for (PlacedMention pm : ctx.mentionsIn(from, clause[1])) {
      if (pm.mention() instanceof ActorMention a && !a.locative() && isBelligerent(a.holder())) {
        if (pm.start() < clause[0] && found != null) {
          continue;
        }
        found = a.holder();
        if (pm.start() >= clause[0]) {
          return found;
        }
      }
    }
    return found;
  }

  private static boolean isBelligerent(ActorId a) {
    return switch (a.value()) {
      case "RUS", "UKR" -> true;
      default -> false;
    };
  }

  /** The territories the figure measures: one per region of a distributive list. */
  private static List<List<RegionId>> territories(
      DocContext ctx, int[] clause, Figure f, int limit, List<RegionId> previous) {
    String text = ctx.text();
    Matcher relative = RELATIVE.matcher(text.substring(f.end(), Math.min(limit, f.end() + 12)));
    if (relative.find() && !previous.isEmpty()) {
      List<RegionMention> located = firstAfter(ctx, f.end() + relative.end(), limit);
      return located.isEmpty() ? List.of(previous) : List.of(union(located));
    }
    if (CITY.matcher(text.substring(f.end(), limit)).find()) {
      return List.of();
    }
    if (f.isArea()) {
      List<RegionMention> before = regions(ctx, clause[0], f.start());
      List<RegionMention> chosen = before.isEmpty() ? firstAfter(ctx, f.end(), limit) : before;
      return chosen.isEmpty() ? List.of() : List.of(union(chosen));
    }
    List<RegionMention> after = firstAfter(ctx, f.end(), limit);
    if (after.isEmpty()) {
      return List.of();
    }
    RegionMention r = after.get(0);
    if (r.reading() == RegionReading.CITY || r.reading() == RegionReading.PLACE) {
      return List.of();
    }
    if (r.reading() == RegionReading.GROUP
        && !COMBINED.matcher(text.substring(f.end(), limit)).find()) {
      return r.members().stream().map(RegionMention::regions).filter(l -> !l.isEmpty()).toList();
    }
    return List.of(r.regions());
  }

  private static List<RegionMention> regions(DocContext ctx, int from, int to) {
    return ctx.mentionsIn(from, to).stream()
        .filter(pm -> pm.mention() instanceof RegionMention)
        .map(pm -> (RegionMention) pm.mention())
        .toList();
  }

  private static List<RegionMention> firstAfter(DocContext ctx, int from, int to) {
    List<RegionMention> rs = regions(ctx, from, to);
    return rs.isEmpty() ? rs : List.of(rs.get(0));
  }

  private static List<RegionId> union(List<RegionMention> rs) {
    return rs.stream().flatMap(r -> r.regions().stream()).distinct().sorted().toList();
  }

  private static @Nullable PartialDate time(
      DocContext ctx, int[] clause, @Nullable PartialDate prev) {
    Span span = ctx.original(clause[0], clause[1]);
    var times = ctx.analyzed().timesIn(span);
    if (!times.isEmpty()) {
      return times.get(0).value();
    }
    return Clauses.startsWithWhen(ctx.text(), clause[0]) ? prev : null;
  }

  private Claim claim(
      DocContext ctx,
      int i,
      int[] clause,
      Figure f,
      ActorId holder,
      List<RegionId> regions,
      @Nullable PartialDate time) {
    Span anchor = ctx.original(clause[0], clause[1]);
    Provenance p =
        provenance.resolveAt(
            ctx, List.of(ctx.sentenceSpan(i)), anchor, time, "control.figure", 0.8);
    if (p.status() == org.parley.model.Status.ASSERTED
        && REPORTED
            .matcher(ctx.text().substring(ctx.sentenceStart(i), ctx.sentenceEnd(i)))
            .find()) {
      p = p.withStatus(org.parley.model.Status.REPORTED);
    }
    return new Control(p, holder, null, regions, f.measure());
  }
}
