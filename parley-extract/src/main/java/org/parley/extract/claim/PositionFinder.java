package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
    return SentenceRules.read(ctx, ANCHORS, this::sentence);
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
      if (TriggerScopes.isSetAside(text, from, triggers, k)) {
        continue;
      }
      int[] scope = TriggerScopes.scope(ctx, from, to, triggers, k);
      List<ProvisionMatch> found = provisionsIn(ctx, scope, t, claimed);
      if (found.isEmpty()) {
        continue;
      }
      Optional<Voiced> voiced = voiced(ctx, from, to, t);
      if (voiced.isPresent()) {
        emit(ctx, i, voiced.get().trigger(), voiced.get().voices(), found, scope, claimed, out);
      }
    }
  }

  /** A trigger as its voices state it, with every party that voices it. */
  private record Voiced(StanceTrigger trigger, List<Voice> voices) {}

  /**
   * Who voices trigger {@code t}: each party the document opens with for a collective subject ("The
   * two leaders agreed to …"), else the resolved voice with the parties joined to it by "and"; a
   * trigger that binds another party ("Under Russia's texts, NATO would commit to …") is read as a
   * demand on it. Empty when nobody voices it.
   */
  private Optional<Voiced> voiced(DocContext ctx, int from, int to, StanceTrigger t) {
    List<Voice> joint = CollectiveVoices.before(ctx, from, t.start());
    if (!joint.isEmpty()) {
      return Optional.of(new Voiced(t, joint));
    }
    boolean obligation = TriggerScopes.isObligation(ctx.text(), t);
    Optional<Voice> voice =
        voices
            .resolve(ctx, from, to, t.start(), t.end(), obligation)
            .or(() -> readoutVoice(ctx, from, to));
    if (voice.isEmpty()) {
      return Optional.empty();
    }
    Voice v = addressed(ctx, voice.get(), t, to);
    StanceTrigger stance = t;
    Optional<ActorId> bound = otherPartyBound(ctx, from, t, v);
    if (bound.isPresent()) {
      stance = as(t, ClaimKind.DEMAND);
      v = new Voice(v.holder(), v.agent(), bound.get());
    }
    List<Voice> all = new ArrayList<>(List.of(v));
    if (!obligation) {
      all.addAll(CollectiveVoices.coordinated(ctx, from, stance.start(), v));
    }
    return Optional.of(new Voiced(stance, all));
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
    boolean dropped = PositionFilters.isDroppedDemand(ctx.text(), from, t);
    StanceTrigger stance = stanceOf(ctx.text(), from, t, dropped);
    for (int p = 0; p < found.size(); p++) {
      ProvisionMatch m = dropped ? found.get(p).opposite() : found.get(p);
      int segStart = p == 0 ? scope[0] : found.get(p - 1).end();
      int segEnd = p + 1 < found.size() ? found.get(p + 1).start() : scope[1];
      claimed.add(m.start());
      for (Voice each : all) {
        if (!PositionFilters.isOwnAllianceBid(ctx, each.holder(), m, from, to)) {
          StanceTrigger own = ownInterest(ctx, stance, each, m);
          out.add(claim(ctx, i, own, each, m, segStart, segEnd, scope[1]));
        }
      }
    }
  }

  /**
   * The stance trigger {@code t} states: a demand no longer made ({@code dropped}) is an offer of
   * the opposite; an agreement refused, a rejection.
   */
  private static StanceTrigger stanceOf(String text, int from, StanceTrigger t, boolean dropped) {
    if (dropped) {
      return as(t, ClaimKind.OFFER);
    }
    return PositionFilters.isNegatedAgreement(text, from, t) ? as(t, ClaimKind.REJECTION) : t;
  }

  /** A side "proposing" guarantees of its own interest (its own security) asks for them. */
  private static StanceTrigger ownInterest(
      DocContext ctx, StanceTrigger stance, Voice v, ProvisionMatch m) {
    boolean own =
        stance.kind() == ClaimKind.OFFER && ctx.theatre().isOwnInterest(m.type(), v.holder());
    return own ? as(stance, ClaimKind.DEMAND) : stance;
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
