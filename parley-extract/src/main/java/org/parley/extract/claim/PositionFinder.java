package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.CollectiveVoices;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.context.Voice;
import org.parley.extract.context.VoiceResolver;
import org.parley.extract.lexicon.ProvisionLexicon;
import org.parley.extract.lexicon.ProvisionMatch;
import org.parley.extract.lexicon.StanceLexicon;
import org.parley.extract.lexicon.StanceTrigger;
import org.parley.kb.Theatre;
import org.parley.language.cue.AttributionCue;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Demand;
import org.parley.model.Offer;
import org.parley.model.Polarity;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.Rejection;
import org.parley.model.Span;

/**
 * Demands, offers and rejections: in each candidate sentence, a stance trigger ("demands", "is
 * ready to", "rules out") with the provisions in its scope ("No NATO admittance, no Western troops
 * ... — a litany of demands"), one claim per provision, held by the party that voices the stance.
 * Stateless.
 */
public final class PositionFinder implements ClaimStage {
  /** Words that send a sentence the pre-pass passed over to this rule anyway. */
  private static final List<String> ANCHORS =
      List.of(
          "demand",
          "insist",
          "must",
          "need",
          "ready",
          "prepared",
          "willing",
          "readiness",
          "agree",
          "offer",
          "propos",
          "reject",
          "rule",
          "refus",
          "call",
          "urge",
          "want",
          "condition",
          "will not",
          "won't",
          "never",
          "decided",
          "decision",
          "requir",
          "necessary",
          "priorit",
          "goal",
          "alternative",
          "importance",
          "denazif",
          "openness",
          "hope");

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

  /** Between a subject and an offer word: at most a modal and an adverb. */
  private static final Pattern BOUND_GAP =
      Pattern.compile("\\s*(?:(?:would|will|should|also|then|further)\\s+){0,3}");

  /** The title of a readout of talks or a call, whose narrative is the office's own account. */
  private static final Pattern TALKS_READOUT =
      Pattern.compile(
          "\\b(?:telephone conversation|phone (?:call|conversation)|talks|negotiations|address)\\b",
          Pattern.CASE_INSENSITIVE);

  private final StanceLexicon stances;
  private final ProvisionLexicon provisions;
  private final VoiceResolver voices = new VoiceResolver();
  private final ProvenanceResolver provenance = new ProvenanceResolver();

  public PositionFinder(StanceLexicon stances, ProvisionLexicon provisions) {
    this.stances = stances;
    this.provisions = provisions;
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      if (ctx.mayHold(i, ANCHORS)) {
        sentence(ctx, i, out);
      }
    }
    return out;
  }

  private void sentence(DocContext ctx, int i, List<Claim> out) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    String text = ctx.text();
    if (text.substring(from, to).stripTrailing().endsWith("?")
        || !provisions.mayMatch(text, from, to)) {
      return; // a question states no position; a sentence naming no provision holds none
    }
    List<StanceTrigger> triggers = stances.find(text, from, to);
    List<Integer> claimed = new ArrayList<>();
    for (int k = 0; k < triggers.size(); k++) {
      StanceTrigger t = triggers.get(k);
      if (isSetAside(text, from, triggers, k)) {
        continue;
      }
      int[] scope = scope(ctx, from, to, triggers, k);
      List<ProvisionMatch> found = provisionsIn(ctx, scope, t, claimed);
      if (found.isEmpty()) {
        continue;
      }
      // "The two leaders agreed to …": each party the document opens with
      List<Voice> joint = CollectiveVoices.before(ctx, from, t.start());
      if (!joint.isEmpty()) {
        emit(ctx, i, t, joint, found, scope, claimed, out);
        continue;
      }
      boolean obligation = isObligation(text, t);
      Optional<Voice> voice = voices.resolve(ctx, from, to, t.start(), t.end(), obligation);
      if (voice.isEmpty()) {
        voice = readoutVoice(ctx, from, to);
      }
      if (voice.isEmpty()) {
        continue;
      }
      Voice v = addressed(ctx, voice.get(), t, to);
      Optional<ActorId> bound = otherPartyBound(ctx, from, t, v);
      if (bound.isPresent()) {
        // "Under Russia's texts, NATO would commit to …": Russia asks NATO to commit
        t = as(t, ClaimKind.DEMAND);
        v = new Voice(v.holder(), v.agent(), bound.get());
      }
      List<Voice> all = new ArrayList<>(List.of(v));
      if (!obligation) {
        all.addAll(voices.coordinated(ctx, from, t.start(), v));
      }
      emit(ctx, i, t, all, found, scope, claimed, out);
    }
  }

  /** Whether trigger {@code k} states no stance of its own here (embedded, hypothetical, …). */
  private static boolean isSetAside(String text, int from, List<StanceTrigger> ts, int k) {
    StanceTrigger t = ts.get(k);
    return isEmbedded(text, ts, k)
        || isSubordinate(text, from, ts, k)
        || PositionFilters.isHypothetical(text, from, t.start())
        || PositionFilters.isTopic(text, from, t.start())
        || PositionFilters.isNegatedRefusal(text, from, t);
  }

  /**
   * The provisions in a trigger's scope that no earlier trigger claimed and no filter rules out.
   */
  private List<ProvisionMatch> provisionsIn(
      DocContext ctx, int[] scope, StanceTrigger t, List<Integer> claimed) {
    String text = ctx.text();
    return provisions.find(text, scope[0], scope[1], t.kind()).stream()
        .filter(p -> !claimed.contains(p.start()))
        .filter(p -> !PositionFilters.isPurpose(text, scope[0], p.start()))
        .filter(p -> !PositionFilters.isOtherCountrysMembership(ctx, scope[0], p))
        .filter(p -> !PositionFilters.isInsideAName(ctx, p))
        .filter(p -> !PositionFilters.isTalksSetting(text, scope[0], p))
        .toList();
  }

  /** One claim per provision and voice of trigger {@code t}. */
  private void emit(
      DocContext ctx,
      int i,
      StanceTrigger t,
      List<Voice> all,
      List<ProvisionMatch> found,
      int[] scope,
      List<Integer> claimed,
      List<Claim> out) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    // a demand no longer made is an offer of the opposite; an agreement refused, a rejection
    boolean dropped = PositionFilters.isDroppedDemand(ctx.text(), from, t);
    StanceTrigger stance =
        dropped
            ? as(t, ClaimKind.OFFER)
            : PositionFilters.isNegatedAgreement(ctx.text(), from, t)
                ? as(t, ClaimKind.REJECTION)
                : t;
    StanceTrigger asked = as(t, ClaimKind.DEMAND);
    for (int p = 0; p < found.size(); p++) {
      ProvisionMatch m = dropped ? found.get(p).opposite() : found.get(p);
      int segStart = p == 0 ? scope[0] : found.get(p - 1).end();
      int segEnd = p + 1 < found.size() ? found.get(p + 1).start() : scope[1];
      claimed.add(m.start());
      for (Voice each : all) {
        if (!PositionFilters.isOwnAllianceBid(ctx, each.holder(), m, from, to)) {
          // Russia "proposing" guarantees of its own security asks for them
          boolean ownInterest =
              stance.kind() == ClaimKind.OFFER
                  && ctx.theatre().isOwnInterest(m.type(), each.holder());
          out.add(claim(ctx, i, ownInterest ? asked : stance, each, m, segStart, segEnd, scope[1]));
        }
      }
    }
  }

  /** Trigger {@code t} read as a stance of {@code kind}. */
  private static StanceTrigger as(StanceTrigger t, ClaimKind kind) {
    return new StanceTrigger(t.start(), t.end(), kind, t.scope());
  }

  /**
   * The party that a stance of offering binds when it is not the voice's own ("NATO would commit to
   * …" in Russia's draft): the subject right before an offer word, of another party than the voice.
   */
  private static Optional<ActorId> otherPartyBound(
      DocContext ctx, int from, StanceTrigger t, Voice v) {
    if (t.kind() != ClaimKind.OFFER) {
      return Optional.empty();
    }
    var ms = ctx.mentionsIn(Math.max(from, t.start() - 40), t.start());
    if (ms.isEmpty()) {
      return Optional.empty();
    }
    var last = ms.get(ms.size() - 1);
    String gap = ctx.text().substring(last.end(), t.start());
    if (!BOUND_GAP.matcher(gap).matches()) {
      return Optional.empty();
    }
    var r = ctx.referent(last.mention());
    if (r.isEmpty() || r.get().holder() == null || r.get().holder().equals(v.holder())) {
      return Optional.empty();
    }
    return Optional.of(r.get().holder());
  }

  /**
   * The voice of an official readout's own narrative: a stance with no speaker in a sentence that
   * names no other party ("… but that will definitely require the lifting of the relevant
   * sanctions.") is the office's.
   */
  private static Optional<Voice> readoutVoice(DocContext ctx, int from, int to) {
    Optional<Voice> office = VoiceResolver.principalVoice(ctx);
    String title = ctx.document().title() == null ? "" : ctx.document().title();
    if (office.isEmpty()
        || !TALKS_READOUT.matcher(title).find()
        || ctx.quotationAt(from).isPresent()) {
      return Optional.empty();
    }
    ActorId side = office.get().holder();
    for (var pm : ctx.mentionsIn(from, to)) {
      var r = ctx.referent(pm.mention());
      if (r.isPresent() && r.get().holder() != null && !r.get().holder().equals(side)) {
        return Optional.empty();
      }
    }
    return office;
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

  private static boolean isObligation(String text, StanceTrigger t) {
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
  private static int[] scope(DocContext ctx, int from, int to, List<StanceTrigger> ts, int k) {
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

  private Voice addressed(DocContext ctx, Voice v, StanceTrigger t, int to) {
    if (v.addressee() != null) {
      return v;
    }
    ActorId a = voices.addresseeAfter(ctx, t.end(), to);
    return a == null || a.equals(v.holder()) ? v : v.withAddressee(a);
  }

  private Claim claim(
      DocContext ctx,
      int i,
      StanceTrigger t,
      Voice v,
      ProvisionMatch m,
      int segStart,
      int segEnd,
      int scopeEnd) {
    Provision provision = provision(ctx, t.kind(), v, m, segStart, segEnd);
    Span sentence = ctx.sentenceSpan(i);
    Span anchor = ctx.original(Math.min(t.start(), m.start()), Math.max(t.end(), m.end()));
    // everything the stance governs after its word is what is demanded, not when
    Span demanded =
        ctx.original(Math.min(t.end(), m.start()), Math.max(m.end(), Math.max(segEnd, scopeEnd)));
    Provenance prov =
        provenance.resolveOutside(
            ctx, List.of(sentence), anchor, demanded, "position." + t.kind().code(), confidence(m));
    ActorId addressee =
        v.addressee() == null || v.addressee().equals(v.holder()) ? null : v.addressee();
    return switch (t.kind()) {
      case DEMAND -> new Demand(prov, v.holder(), v.agent(), addressee, provision);
      case OFFER -> new Offer(prov, v.holder(), v.agent(), addressee, provision);
      case REJECTION -> new Rejection(prov, v.holder(), v.agent(), addressee, provision);
      default -> throw new IllegalStateException("not a stance: " + t.kind());
    };
  }

  private static Provision provision(
      DocContext ctx, ClaimKind stance, Voice v, ProvisionMatch m, int segStart, int segEnd) {
    Polarity polarity =
        stance == ClaimKind.REJECTION && m.negated() ? m.polarity().opposite() : m.polarity();
    boolean regional = m.type().isTerritorial() || m.type() == ProvisionType.OTHER;
    Provision p =
        new Provision(
            m.type(),
            polarity,
            regional ? ProvisionRegions.in(ctx, segStart, segEnd) : List.of(),
            beneficiary(ctx, stance, v, m, segStart, segEnd),
            detail(ctx, m));
    return p;
  }

  private static @Nullable ActorId beneficiary(
      DocContext ctx, ClaimKind stance, Voice v, ProvisionMatch m, int segStart, int segEnd) {
    Theatre theatre = ctx.theatre();
    Optional<ActorId> fixed = theatre.beneficiary(m.type());
    if (fixed.isPresent()) {
      return fixed.get();
    }
    // a recognition gains the side the text names: "as part of Russia", "Russia's sovereignty"
    return theatre
        .namedBeneficiary(m.type())
        .filter(b -> isNamed(ctx, b, m, segStart, segEnd))
        .orElse(null);
  }

  /** Whether [segStart, segEnd) names {@code side}: a possessive of it, or it before {@code m}. */
  private static boolean isNamed(
      DocContext ctx, ActorId side, ProvisionMatch m, int segStart, int segEnd) {
    String said = ctx.text().substring(segStart, segEnd);
    boolean possessive =
        ctx.theatre().side(side).map(s -> s.possessives().isFoundIn(said)).orElse(false);
    return possessive || ProvisionRegions.names(ctx, segStart, m.start(), side);
  }

  private static String detail(DocContext ctx, ProvisionMatch m) {
    if (m.type() == ProvisionType.OTHER) {
      String said = ctx.text().substring(m.start(), m.end()).strip();
      return m.detail().isEmpty() ? said : m.detail() + ": " + said;
    }
    return m.detail();
  }

  private static double confidence(ProvisionMatch m) {
    return m.type() == ProvisionType.OTHER ? 0.6 : 0.8;
  }
}
