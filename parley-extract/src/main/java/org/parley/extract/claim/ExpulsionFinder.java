package org.parley.extract.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.kb.KnowledgeBase;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RegionReading;
import org.parley.language.time.TimeExpression;
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
 * Control read from an expulsion: one warring side's forces driven, pushed or forced out of a whole
 * region ("the last enemy units were pushed out of the Bryansk region", "the army drove the
 * invaders' battalions from the Chernihiv region entirely") leave the region to the other side,
 * degree all. The expelled side is the party named in the object of an active verb or before a
 * passive one. An aim, a condition or a denial ("vowed to drive them out of", "if they are pushed
 * out of", "had not been driven from") states no control, nor does an expulsion from part of a
 * region or from a city. Stateless.
 */
public final class ExpulsionFinder implements ClaimStage {
  private static final List<String> ANCHORS =
      List.of("driv", "drove", "push", "forced", "kicked", "thr", "chased", "ousted", "expel");

  /** The verb of expulsion right before the region, with the words between (an active object). */
  private static final Pattern EXPELLED_BEFORE =
      Pattern.compile(
          "\\b(?<verb>driven|drove|pushed|forced|kicked|thrown|threw|chased|ousted|expelled)\\b"
              + "(?<object>[^.;:!?]{0,60}?)\\s+(?:out\\s+of|from)\\s+(?:the\\s+)?"
              + "(?:(?:entire|whole|[\\w-]*(?:north|south|east|west)[\\w-]*)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** A passive auxiliary right before the verb ("had been driven", "were pushed"). */
  private static final Pattern PASSIVE =
      Pattern.compile(
          "\\b(?:been|was|were|be|being|is|are|got|get)\\s+(?:\\w+ly\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** Words before the verb that make the expulsion an aim, a condition or a denial. */
  private static final Pattern NOT_DONE =
      Pattern.compile(
          "\\b(?:if|unless|would|could|will|must|should|might|shall|wants?|wanted|vow\\w*"
              + "|promis\\w*|pledg\\w*|plans?|planned|aims?|aimed|tr(?:y|ies|ied|ying)|attempt\\w*"
              + "|seek\\w*|sought|hopes?|hoped|demand\\w*|order\\w*|threat\\w*|until|before|fail\\w*"
              + "|not|never|no longer|n't|to)\\s+(?:[\\w-]+\\s+){0,3}$",
          Pattern.CASE_INSENSITIVE);

  /** A degree after the region that leaves part of it held ("from most of", "partly"). */
  private static final Pattern PARTLY =
      Pattern.compile("^[^.;]{0,25}\\b(?:partly|partially|largely|mostly|in part)\\b");

  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\w'’-]*");

  private final ProvenanceResolver provenance = new ProvenanceResolver();
  private final PartyWords words;

  /** An expulsion rule that reads party words ("Ukrainian battalions") with {@code kb}. */
  public ExpulsionFinder(KnowledgeBase kb) {
    this.words = new PartyWords(kb);
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    return SentenceRules.read(ctx, ANCHORS, this::sentence);
  }

  private void sentence(DocContext ctx, int i, List<Claim> out) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    String text = ctx.text();
    for (PlacedMention pm : ctx.mentionsIn(from, to)) {
      if (!(pm.mention() instanceof RegionMention r)
          || r.reading() != RegionReading.REGION
          || r.regions().isEmpty()
          || PARTLY.matcher(text.substring(pm.end(), to)).find()) {
        continue;
      }
      int[] clause = Clauses.around(text, from, to, pm.start());
      Matcher m =
          EXPELLED_BEFORE.matcher(text.substring(Math.max(from, pm.start() - 90), pm.start()));
      if (m.find()) {
        int verb = Math.max(from, pm.start() - 90) + m.start("verb");
        ActorId holder = holder(ctx, from, verb, m, clause);
        if (holder != null) {
          out.add(claim(ctx, i, clause, holder, r.regions()));
        }
      }
    }
  }

  /** The side left holding the region: the opponent of the expelled side, if a fact is stated. */
  private @Nullable ActorId holder(DocContext ctx, int from, int verb, Matcher m, int[] clause) {
    String before = ctx.text().substring(Math.max(from, clause[0]), verb);
    if (NOT_DONE.matcher(before).find()) {
      return null;
    }
    boolean passive = PASSIVE.matcher(before).find();
    int objectStart = verb + m.group("verb").length();
    ActorId expelled =
        passive
            ? lastParty(ctx, Math.max(from, clause[0]), verb)
            : lastParty(ctx, objectStart, objectStart + m.group("object").length());
    return expelled == null ? null : ControlHolders.opponent(ctx, expelled);
  }

  /** The warring party named last in [start, end): a mention or a state's word ("Ukrainian"). */
  private @Nullable ActorId lastParty(DocContext ctx, int start, int end) {
    ActorId found = null;
    int at = -1;
    for (PlacedMention pm : ctx.mentionsIn(start, end)) {
      if (pm.mention() instanceof ActorMention a
          && !a.locative()
          && ControlHolders.isBelligerent(ctx, a.holder())) {
        found = a.holder();
        at = pm.start();
      }
    }
    Matcher m = CAPITALISED.matcher(ctx.text()).region(start, end);
    while (m.find()) {
      ActorId party = words.party(m.group());
      if (m.start() > at && party != null && ControlHolders.isBelligerent(ctx, party)) {
        found = party;
        at = m.start();
      }
    }
    return found;
  }

  private Control claim(
      DocContext ctx, int i, int[] clause, ActorId holder, List<RegionId> regions) {
    Span sentence = ctx.sentenceSpan(i);
    PartialDate time = firstTime(ctx, ctx.original(ctx.sentenceStart(i), clause[1]));
    Provenance p =
        provenance.resolveAt(
            ctx,
            List.of(sentence),
            ctx.original(clause[0], clause[1]),
            time,
            "control.expelled",
            0.8);
    return new Control(p, holder, null, regions, Measure.qualitative(Approx.ALL));
  }

  private static @Nullable PartialDate firstTime(DocContext ctx, Span span) {
    List<TimeExpression> times = ctx.analyzed().timesIn(span);
    return times.isEmpty() ? null : times.get(0).value();
  }
}
