package org.parley.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.VoiceResolver;
import org.parley.kb.ActorType;
import org.parley.kb.KnowledgeBase;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.language.text.Word;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * Every passage of a document that may report a meeting between parties, with who, where and when
 * (see {@link ParticipantReader}): one candidate per meeting word whose participants belong to two
 * parties or more, plus the readout title's meeting. A contact with only one party named, in a
 * quotation or an official readout, also has the speaker's side ("during the talks, the Russian
 * delegation received ..."). Separate calls listed with one verb ("I spoke with A, B and C") give
 * one candidate per counterpart; a sentence that only adds counterparts ("With the President of
 * Kazakhstan.") continues the contact of the sentence before. Stateless.
 */
final class CandidateFinder {
  private static final Set<String> JOINT =
      FunctionWords.words("joint jointly together trilateral three-way four-way all");

  private final TriggerFinder triggers;
  private final SentenceParties parties;
  private final ParticipantReader reader;
  private final TitledReadout titles;
  private final MeetingDates dates = new MeetingDates();
  private final MeetingPlaces places;
  private final VisitHosts hosts;
  private final KnowledgeBase kb;

  CandidateFinder(KnowledgeBase kb, MeetingWords words) {
    this.kb = kb;
    this.triggers = new TriggerFinder(words);
    this.parties = new SentenceParties(kb, words);
    this.reader = new ParticipantReader(words);
    this.titles = new TitledReadout(kb);
    this.hosts = new VisitHosts(kb);
    this.places = new MeetingPlaces(kb.theatre());
  }

  /** A contact that later sentences may continue: its word, subject and sentence. */
  private record Lead(Trigger trigger, List<Party> subject, int sentence) {}

  /** The candidates of {@code ctx}, title first, then in text order. */
  List<Candidate> find(DocContext ctx) {
    List<Candidate> out = new ArrayList<>();
    Optional<Candidate> title = titles.candidate(ctx);
    title.ifPresent(out::add);
    List<ActorId> titled = title.map(Candidate::participants).orElse(List.of());
    Lead lead = null;
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      List<Word> ws = ctx.analyzed().sentencedText().words(i);
      List<Trigger> ts = triggers.find(ws);
      if (ts.isEmpty()) {
        if (lead != null && i - lead.sentence() <= 3 && isContinuation(ws)) {
          out.addAll(continued(ctx, i, ws, lead));
          lead = new Lead(lead.trigger(), lead.subject(), i);
        }
        continue;
      }
      List<Party> ps = parties.of(ctx, i, ws);
      for (Trigger t : ts) {
        ContactReading r = reader.read(ws, ps, t, clauseOf(ctx, i, t)[0]);
        List<Span> words = ts.stream().map(o -> ctx.original(o.start(), o.end())).toList();
        out.addAll(candidates(ctx, i, ws, t, r, titled, words));
        if (!r.subject().isEmpty() && !r.frame().equals("phrase")) {
          lead = new Lead(t, r.subject(), i);
        }
      }
    }
    return out;
  }

  private List<Candidate> candidates(
      DocContext ctx,
      int i,
      List<Word> ws,
      Trigger t,
      ContactReading r,
      List<ActorId> titled,
      List<Span> triggerSpans) {
    int[] clause = clauseOf(ctx, i, t);
    Map<ActorId, Party> who = new LinkedHashMap<>();
    Set<String> cues = new LinkedHashSet<>();
    participants(ctx, t, r, titled, clause, who, cues);
    if (sides(who.values()) < 2 || who.values().stream().allMatch(p -> p.side().isPerson())) {
      return List.of(); // a meeting between parties; people of no known party are not enough
    }
    withoutRedundantParties(who);
    String place =
        places.of(ws, t, Math.max(clause[0], t.start() - 60), Math.min(clause[1], r.end() + 30));
    Span anchor = ctx.original(t.start(), t.end());
    MeetingTime time = dates.of(ctx, i, anchor, ctx.original(clause[0], clause[1]), triggerSpans);
    if (isAfterReport(ctx, time)) {
      return List.of();
    }
    Candidate whole =
        new Candidate(
            i, t, ids(who.values()), sides(who), cues, place, time, ctx.sentenceSpan(i), anchor);
    return isSeparateCalls(ws, t, r, place) ? split(whole, r) : List.of(whole);
  }

  /**
   * Gathers into {@code who} the participants of trigger {@code t} as read ({@code r}), a visit's
   * host, the readout title's parties when the passage names no one, and the text's own voice when
   * fewer than two sides are named; {@code cues} records how each was found.
   */
  private void participants(
      DocContext ctx,
      Trigger t,
      ContactReading r,
      List<ActorId> titled,
      int[] clause,
      Map<ActorId, Party> who,
      Set<String> cues) {
    cues.add("frame:" + r.frame());
    add(who, cues, "subj", r.subject());
    add(who, cues, "np", r.phrase());
    add(who, cues, "obj", r.objects());
    if (t.kind() == ContactKind.VISIT) {
      hosts.of(ctx, r, clause[1]).ifPresent(h -> hosted(who, cues, h));
    }
    if (who.isEmpty() && !titled.isEmpty()) {
      cues.add("implicit:title");
      titled.forEach(a -> who.put(a, new Party(t.start(), t.end(), a, sideOf(a), "title")));
    }
    if (sides(who.values()) < 2) {
      boolean states = !who.isEmpty() && who.values().stream().allMatch(p -> isState(p.id()));
      implicitVoice(ctx, t.start())
          .map(v -> states ? new Party(v.start(), v.end(), v.side(), v.side(), v.how()) : v)
          .ifPresent(v -> add(who, cues, "implicit", List.of(v)));
    }
  }

  /** The party of a participant the title names: a known person's party, else the id itself. */
  private ActorId sideOf(ActorId id) {
    return kb.person(id).map(p -> p.party()).orElse(id);
  }

  /**
   * Whether {@code id} is a state: unnamed delegations of states meet as their states, so the
   * speaker's side joins them as a state too ("during the talks, the Russian delegation ...").
   */
  private boolean isState(ActorId id) {
    return kb.actor(id).map(a -> a.type() == ActorType.STATE).orElse(false);
  }

  /** Whether the text dates the contact after the report: a planned one, not one held. */
  private static boolean isAfterReport(DocContext ctx, MeetingTime time) {
    java.time.LocalDate report = ctx.document().date();
    return report != null && time.date() != null && time.date().start().isAfter(report);
  }

  /** Whether one verb lists separate calls: "I spoke with A, B and C" (not a joint call). */
  private static boolean isSeparateCalls(
      List<Word> ws, Trigger t, ContactReading r, @Nullable String place) {
    boolean talk = t.kind() == ContactKind.TALKS || t.kind() == ContactKind.CALL;
    boolean listed = t.verb() || (r.frame().equals("support") && t.key().endsWith("s"));
    if (!talk || !listed || place != null || r.subject().isEmpty() || sides(r.objects()) < 2) {
      return false;
    }
    return ws.stream().noneMatch(w -> JOINT.contains(w.key()));
  }

  private static List<Candidate> split(Candidate whole, ContactReading r) {
    List<Candidate> out = new ArrayList<>();
    Set<ActorId> seen = new LinkedHashSet<>();
    List<ActorId> subject = ids(r.subject());
    for (Party o : r.objects()) {
      if (subject.contains(o.id()) || !seen.add(o.side())) {
        continue;
      }
      List<ActorId> pair = new ArrayList<>(subject);
      pair.add(o.id());
      Set<String> cues = new LinkedHashSet<>(whole.cues());
      cues.add("split");
      List<ActorId> sides = new ArrayList<>(r.subject().stream().map(Party::side).toList());
      sides.add(o.side());
      out.add(
          new Candidate(
              whole.sentence(),
              whole.trigger(),
              pair,
              sides.stream().distinct().toList(),
              cues,
              whole.place(),
              whole.time(),
              whole.evidence(),
              whole.anchor()));
    }
    return out;
  }

  /** "With the President of Kazakhstan." or "And with X.": more counterparts of the lead. */
  private static boolean isContinuation(List<Word> ws) {
    int k = 0;
    while (k < ws.size() && (ws.get(k).key().equals("and") || ws.get(k).key().equals("also"))) {
      k++;
    }
    return k < ws.size() && ws.get(k).key().equals("with");
  }

  private List<Candidate> continued(DocContext ctx, int i, List<Word> ws, Lead lead) {
    ContactReading r =
        new ContactReading(
            lead.subject(),
            parties.of(ctx, i, ws),
            List.of(),
            "continued",
            ctx.sentenceStart(i),
            ctx.sentenceEnd(i));
    Map<ActorId, Party> who = new LinkedHashMap<>();
    Set<String> cues = new LinkedHashSet<>(Set.of("frame:continued"));
    add(who, cues, "subj", r.subject());
    add(who, cues, "obj", r.objects());
    if (sides(who.values()) < 2) {
      return List.of();
    }
    Span span = ctx.sentenceSpan(i);
    Candidate c =
        new Candidate(
            i,
            lead.trigger(),
            ids(who.values()),
            sides(who),
            cues,
            null,
            dates.of(ctx, i, span, span, List.of()),
            span,
            span);
    return sides(r.objects()) >= 2 ? split(c, r) : List.of(c);
  }

  /** The quotation's speaker at {@code at}, else the head of the office that published it. */
  private static Optional<Party> implicitVoice(DocContext ctx, int at) {
    Optional<Quotation> q = ctx.quotationAt(at);
    if (q.isPresent()) {
      if (q.get().speaker() instanceof Speaker.Known k && k.referent().holder() != null) {
        ActorId id = k.referent().person() != null ? k.referent().person() : k.referent().holder();
        return Optional.of(new Party(at, at, id, k.referent().holder(), "speaker"));
      }
      return Optional.empty();
    }
    return VoiceResolver.principalVoice(ctx)
        .filter(v -> v.agent() != null)
        .map(v -> new Party(at, at, ActorId.of(v.agent()), v.holder(), "principal"));
  }

  /**
   * Drops a party that one of its people already stands for: "Zelensky, after the Ukrainian-Turkish
   * talks" took part as Zelensky, not also as Ukraine.
   */
  private static void withoutRedundantParties(Map<ActorId, Party> who) {
    java.util.Set<ActorId> represented = new java.util.HashSet<>();
    who.values().stream().filter(p -> p.id().isPerson()).forEach(p -> represented.add(p.side()));
    who.values().removeIf(p -> !p.id().isPerson() && represented.contains(p.id()));
  }

  /** Adds a visit's host; the place itself, read as its state, is no other participant. */
  private static void hosted(Map<ActorId, Party> who, Set<String> cues, Party host) {
    who.values().removeIf(p -> p.side().equals(host.side()) && p.how().equals("actor"));
    add(who, cues, "host", List.of(host));
  }

  private static void add(Map<ActorId, Party> who, Set<String> cues, String role, List<Party> ps) {
    for (Party p : ps) {
      if (who.putIfAbsent(p.id(), p) == null) {
        cues.add(role + ":" + p.how());
      }
    }
  }

  private static int sides(java.util.Collection<Party> ps) {
    return (int) ps.stream().map(Party::side).distinct().count();
  }

  private static List<ActorId> sides(Map<ActorId, Party> who) {
    return who.values().stream().map(Party::side).distinct().toList();
  }

  private static List<ActorId> ids(java.util.Collection<Party> ps) {
    return ps.stream().map(Party::id).distinct().toList();
  }

  private static int[] clauseOf(DocContext ctx, int i, Trigger t) {
    return Clauses.around(ctx.text(), ctx.sentenceStart(i), ctx.sentenceEnd(i), t.start());
  }
}
