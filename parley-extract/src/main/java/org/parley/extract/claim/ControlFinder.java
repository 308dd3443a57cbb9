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
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Measure;
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
  /** Words that send a sentence the pre-pass passed over to this rule anyway. */
  private static final List<String> ANCHORS =
      List.of(
          "percent",
          "per cent",
          "%",
          "control",
          "occup",
          "held",
          "hold",
          "seiz",
          "captur",
          "taken",
          "annex");

  private static final Pattern RELATIVE_TAIL =
      Pattern.compile(",\\s+(?:where|which|who|whose|while|whereas)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern CONTROL =
      Pattern.compile(
          "\\b(?:control(?:s|led|ling)?|occup(?:y|ies|ied|ying)|hold(?:s|ing)?|held|seiz(?:e|es|ed|ing)"
              + "|captur(?:ed|ing)|annexed|(?:has|have|had|was|were|been) (?:\\w+ )?taken"
              + "|took control|taken control|won control|gained control|in control of"
              + "|(?:is|are|was|were) held by)\\b|-(?:controlled|held|occupied)\\b"
              + "|\\bunder (?:\\w+ )?(?:control|occupation)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_STATIVE =
      Pattern.compile(
          "\\b(?:if|unless|would|could|will|might|trying|try|tries|seeking|seeks|aims?|aiming|goal"
              + "|in order to|plans?|wants?|hopes?|recaptur\\w*|retook|retaken|regain\\w*"
              + "|liberat\\w*|destroyed|damaged|demand\\w*|pull\\w*|withdraw\\w*|hand over"
              + "|give up|cede|ceding|surrender\\w*|idea|proposal|offer\\w*|attempt\\w*|efforts?"
              + "|bid to|sought|seek|intend\\w*|advance\\w*|towards?|push\\w* (?:into|towards))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(?:said|says|claimed|claims|according to|announced|reported|stated)\\b",
          Pattern.CASE_INSENSITIVE);

  /** How far before the control verb an aim or condition ("trying to", "will") is looked for. */
  private static final int STATIVE_REACH = 40;

  private static final Pattern DESCRIPTIVE =
      Pattern.compile("\\b(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREDICATE =
      Pattern.compile(
          "\\b(?:is|are|was|were|remains?|now)\\s+(?:\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "\\b(?:it|they)\\s+(?:\\w+\\s+){0,2}$|\\b(?:it|they)\\b", Pattern.CASE_INSENSITIVE);

  private final FigureFinder figures = new FigureFinder();
  private final ProvenanceResolver provenance = new ProvenanceResolver();

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Claim> out = new ArrayList<>();
    ActorId[] lastHolder = new ActorId[1];
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      if (ctx.mayHold(i, ANCHORS)) {
        sentence(ctx, i, out, lastHolder);
      }
    }
    return out;
  }

  private void sentence(DocContext ctx, int i, List<Claim> out, ActorId[] lastHolder) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    String text = ctx.text();
    List<Figure> found = figures.find(text, from, to);
    List<RegionId> previous = List.of();
    PartialDate previousTime = null;
    Control previousClaim = null;
    for (int k = 0; k < found.size(); k++) {
      Figure f = found.get(k);
      int[] clause = Clauses.around(text, from, to, f.start());
      int limit = k + 1 < found.size() ? Math.min(clause[1], found.get(k + 1).start()) : clause[1];
      if (!isControlClause(text, clause, f) || isDescriptive(text, clause, f)) {
        continue;
      }
      ActorId holder = holder(ctx, from, clause, f);
      if (holder == null && PRONOUN_SUBJECT.matcher(text.substring(clause[0], f.start())).find()) {
        holder = lastHolder[0];
      }
      List<List<RegionId>> territories = Territories.of(ctx, clause, f, limit, previous);
      if (holder == null || territories.isEmpty()) {
        continue;
      }
      PartialDate time = time(ctx, clause, previousTime);
      for (List<RegionId> regions : territories) {
        Control c = claim(ctx, i, clause, f, holder, regions, time);
        if (previousClaim != null && isAppositive(previousClaim, c)) {
          out.set(out.lastIndexOf(previousClaim), previousClaim = appositive(previousClaim, c));
        } else {
          out.add(c);
          previousClaim = c;
        }
      }
      previous = territories.get(0);
      previousTime = time;
      lastHolder[0] = holder;
    }
  }

  /** A second figure for the same territory ("almost all of Luhansk, about 99 percent"). */
  private static boolean isAppositive(Control a, Control b) {
    return a.holder().equals(b.holder())
        && a.regions().equals(b.regions())
        && a.provenance().evidence().equals(b.provenance().evidence())
        && (!a.measure().isNumeric()
            || !b.measure().isNumeric()
            || (a.measure().share() == null) != (b.measure().share() == null));
  }

  /** One measure from two: numbers over degrees, a share and an area together. */
  private static Control appositive(Control a, Control b) {
    Measure m = a.measure();
    Measure n = b.measure();
    Double share = m.share() != null ? m.share() : n.share();
    Double area = m.areaKm2() != null ? m.areaKm2() : n.areaKm2();
    Approx approx = m.isNumeric() ? m.approx() : n.approx();
    return new Control(
        a.provenance(), a.holder(), a.agent(), a.regions(), new Measure(share, area, approx));
  }

  /**
   * Whether the clause states control: a control verb governs the figure, and no aim, plan or
   * condition ("trying to capture", "it will hold", "efforts to seize") stands just before the verb
   * or between it and the figure.
   */
  private static boolean isControlClause(String text, int[] clause, Figure f) {
    int verb = controlVerb(text, clause, f);
    if (verb < 0) {
      return false;
    }
    int from = Math.max(clause[0], Math.min(verb, f.start()) - STATIVE_REACH);
    return !NOT_STATIVE.matcher(text.substring(from, Math.max(from, f.end()))).find();
  }

  /**
   * Whether the clause says who controls the figure: a control verb before it ("occupy some 88
   * percent of"), or after it only as a predicate of control ("parts of Donetsk under Russian
   * control", "Russian-held"), not as an adjective inside the territory ("the entire occupied
   * Kherson region").
   */
  private static int controlVerb(String text, int[] clause, Figure f) {
    Matcher m = CONTROL.matcher(text).region(clause[0], clause[1]);
    int before = -1;
    while (m.find()) {
      if (m.start() < f.start()) {
        before = m.start();
        continue;
      }
      if (before >= 0) {
        return before;
      }
      String v = m.group().toLowerCase(java.util.Locale.ROOT);
      boolean adverb =
          m.start() - f.end() <= 2
              && text.substring(f.start(), f.end())
                  .toLowerCase(java.util.Locale.ROOT)
                  .endsWith("ly");
      if (adverb
          || v.startsWith("under")
          || v.startsWith("-")
          || v.matches("(?:is|are|was|were|has|have|had|been)\\b.*")
          || (m.start() >= f.end()
              && PREDICATE.matcher(text.substring(f.end(), m.start())).find())) {
        return m.start();
      }
    }
    return before;
  }

  /** A degree inside a definite description ("the occupied part of Luhansk") states no measure. */
  private static boolean isDescriptive(String text, int[] clause, Figure f) {
    return !f.measure().isNumeric()
        && DESCRIPTIVE
            .matcher(text.substring(Math.max(clause[0], f.start() - 40), f.start()))
            .find();
  }

  /**
   * The party before the control verb nearest the figure ("Russia ... occupying",
   * "Russian-controlled").
   */
  private static @Nullable ActorId holder(DocContext ctx, int from, int[] clause, Figure f) {
    String text = ctx.text();
    Matcher v = CONTROL.matcher(text).region(clause[0], clause[1]);
    int verb = -1;
    while (v.find()) {
      if (verb < 0 || v.start() < f.start()) {
        verb = v.start();
      }
    }
    int upTo = verb < 0 ? f.start() : Math.max(verb, Math.min(verb + 1, clause[1]));
    ActorId found = null;
    for (PlacedMention pm : ctx.mentionsIn(from, clause[1])) {
      if (pm.start() <= upTo
          && pm.mention() instanceof ActorMention a
          && !a.locative()
          && isBelligerent(a.holder())) {
        found = a.holder();
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

  private static @Nullable PartialDate time(
      DocContext ctx, int[] clause, @Nullable PartialDate prev) {
    // a time in a trailing relative clause dates something else ("…, where the river has marked
    // the front since Ukraine recaptured Kherson in November 2022")
    Matcher rel = RELATIVE_TAIL.matcher(ctx.text()).region(clause[0], clause[1]);
    int end = rel.find() ? rel.start() : clause[1];
    Span span = ctx.original(clause[0], end);
    var times = ctx.analyzed().timesIn(span);
    if (!times.isEmpty()) {
      return times.get(0).value();
    }
    return Clauses.startsWithWhen(ctx.text(), clause[0]) ? prev : null;
  }

  private Control claim(
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
