package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.kb.Actor;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Reading;
import org.parley.language.coref.Referent;
import org.parley.language.mention.ActorMention;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;
import org.parley.model.Span;

/**
 * Meetings: a call, talks, a summit or a meeting between parties ("Putin had a telephone
 * conversation with Macron", "the meeting with President of Turkey Recep Tayyip Erdoğan in Kyiv",
 * "speaking with President Donald Trump in Alaska"), with participants, place and date. A readout
 * titled "Telephone conversation with X" gives the meeting of its principal with X. Future, refused
 * and domestic meetings are not claims. Stateless.
 */
public final class MeetingFinder implements ClaimStage {
  /** Words that send a sentence the pre-pass passed over to this rule anyway. */
  private static final List<String> ANCHORS =
      List.of(
          "met ",
          "meet",
          "talk",
          "call",
          "phone",
          "conversation",
          "summit",
          "hosted",
          "received",
          "negotiat",
          "spoke",
          "speaking");

  private static final Pattern TRIGGER =
      Pattern.compile(
          "\\b(?:(?:had|held|holds|hold|holding|have|has) (?:(?:a|an|the|their|its|his|her|our"
              + "|first|second|third|fourth|new|direct|face-to-face|peace|bilateral|trilateral"
              + "|another|further|telephone|phone|video|online|official|lengthy|long|brief|short"
              + "|[\\w-]+-hour|\\d+(?:st|nd|rd|th)|round|of) ){0,5}"
              + "(?:conversation|call|talks?|meeting|summit|conference|negotiations|round)"
              + "|(?:spoke|speaking|talked|talking) (?:by phone |on the phone |by telephone )?with"
              + "|(?:at|during|in) their (?:[\\w-]+ ){0,2}(?:summit|meeting|talks|call|conversation)"
              + "|(?:tele)?phoned|telephone(?= [A-Z])|talked"
              + "|(?<!ongoing |continuing |future |possible |further |next |new )"
              + "(?:met|meets|meeting|talks|negotiations|summit|conversation|call) (?:with|between)"
              + "|met\\b|hosted|received)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_HELD =
      Pattern.compile(
          "\\b(?:will|would|shall|plans? to|planned|scheduled|upcoming|next (?:week|month)|expected to"
              + "|to be held|refus\\w+|no meeting|cancel\\w*|ready (?:to|for)|offer\\w*|rul\\w+ out|reject\\w*|propos\\w+|invit\\w+|hopes? to|idea|possib\\w+|prospect\\w*|request\\w*|agreed to meet"
              + "|want\\w* to|could|may|in the context of|approach(?:es)? to)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DEMONYM_PAIR =
      Pattern.compile(
          "\\b([A-Z][a-z]+) and ([A-Z][a-z]+) (?:delegations|negotiators|officials|leaders|teams"
              + "|sides)\\b");
  private static final Pattern ROUND =
      Pattern.compile(
          "\\b(?:round|session|took place|were held|was held|held)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCAL =
      Pattern.compile(
          "\\b(?:when|while|after|before|during|as|since|until|unless)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCATIVE =
      Pattern.compile(
          "\\b(?:in|at|near|from|to|across|over)\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DELEGATES_FROM =
      Pattern.compile(
          "\\b(?:representatives|delegation|delegates|officials|envoys|negotiators|team)"
              + " (?:from|of) (?:the )?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_HELD_AFTER =
      Pattern.compile(
          "\\b(?:could|would|will|might|may|should) (?:\\w+ )?(?:take place|be held|happen|meet|go ahead)\\b"
              + "|\\bis (?:expected|planned|scheduled|due)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACE =
      Pattern.compile("\\b(?:in|at)\\s+((?:the\\s+)?[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?)");
  private static final Set<String> NOT_PLACES =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "The",
          "A",
          "Ukraine",
          "Russia",
          "His",
          "Her");

  private final ProvenanceResolver provenance = new ProvenanceResolver();
  private final TitledCounterparts counterparts;
  private final KnowledgeBase kb;

  public MeetingFinder(KnowledgeBase kb) {
    this.kb = kb;
    this.counterparts = new TitledCounterparts(kb);
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      if (ctx.mayHold(i, ANCHORS)) {
        sentence(ctx, i).ifPresent(out::add);
      }
    }
    titled(ctx)
        .filter(
            t ->
                out.stream()
                    .noneMatch(
                        m -> ((Meeting) m).participants().equals(((Meeting) t).participants())))
        .ifPresent(out::add);
    return out;
  }

  private Optional<Claim> sentence(DocContext ctx, int i) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    Matcher m = TRIGGER.matcher(ctx.text()).region(from, to);
    while (m.find()) {
      int[] clause = Clauses.around(ctx.text(), from, to, m.start());
      if (!isHeld(ctx.text(), clause[0], m) || ctx.quotationAt(m.start()).isPresent()) {
        continue;
      }
      if (!isHeldAfter(ctx.text(), m.end(), clause[1])) {
        continue;
      }
      Set<ActorId> who = new LinkedHashSet<>();
      String trigger = m.group().toLowerCase(Locale.ROOT);
      boolean between = trigger.endsWith("between");
      if (trigger.contains(" their ")) {
        who.addAll(objects(ctx, clause[0], m.start()));
      } else {
        if (!between) {
          who.addAll(subjects(ctx, clause[0], m.start()));
          who.addAll(demonyms(ctx.text().substring(clause[0], m.start())));
        }
        who.addAll(objects(ctx, m.end(), clause[1]));
      }
      if (between && !isSpecific(ctx, clause)) {
        continue;
      }
      if (isBetweenParties(ctx, who)) {
        Span anchor = ctx.original(m.start(), m.end());
        return Optional.of(
            meeting(
                ctx, List.of(ctx.sentenceSpan(i)), anchor, who, place(ctx, m.end(), clause[1])));
      }
    }
    return Optional.empty();
  }

  /** Whether the words just before the trigger leave it an event that took place. */
  private static boolean isHeld(String text, int clauseStart, Matcher m) {
    String before = text.substring(clauseStart, m.end());
    Matcher sub = LOCAL.matcher(before);
    int cut = 0;
    String word = "";
    while (sub.find()) {
      cut = sub.end();
      word = sub.group().toLowerCase(Locale.ROOT);
    }
    if (word.equals("before") || word.equals("until") || word.equals("unless")) {
      return false;
    }
    return !NOT_HELD.matcher(before.substring(cut)).find();
  }

  private Optional<Claim> titled(DocContext ctx) {
    String title = ctx.document().title();
    ActorId principal = DocumentRelevance.principalOf(ctx).orElse(null);
    if (title == null || principal == null) {
      return Optional.empty();
    }
    List<ActorId> others = counterparts.of(title, holderOf(ctx, principal));
    if (others.isEmpty() || ctx.sentenceCount() == 0) {
      return Optional.empty();
    }
    Set<ActorId> who = new LinkedHashSet<>();
    who.add(principal);
    who.addAll(others);
    Span anchor = ctx.sentenceSpan(firstNaming(ctx, others));
    // the title names the day's call or meeting: its date is the readout's, not a time the first
    // sentence naming the counterpart happens to hold ("his address, delivered yesterday")
    Provenance p = provenance.resolve(ctx, List.of(anchor), anchor, "meeting.talks", 0.75);
    PartialDate day = provenance.readoutDate(ctx, ctx.analyzed().attributionFor(anchor));
    if (day != null) {
      p = provenance.resolveAt(ctx, List.of(anchor), anchor, day, "meeting.talks", 0.75);
    }
    return Optional.of(new Meeting(p, List.copyOf(who), null));
  }

  /** The first sentence naming one of {@code people}, else the first sentence. */
  private static int firstNaming(DocContext ctx, List<ActorId> people) {
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      for (PlacedMention pm : ctx.mentionsIn(ctx.sentenceStart(i), ctx.sentenceEnd(i))) {
        if (people.contains(pm.mention().person())) {
          return i;
        }
      }
    }
    return 0;
  }

  private static @Nullable ActorId holderOf(DocContext ctx, ActorId principal) {
    return principal.value().equals("putin") ? ActorId.of("RUS") : ActorId.of("UKR");
  }

  /**
   * Parties named by adjectives in a coordinated subject ("Ukrainian and Russian delegations held
   * ..."), which the mentions may cover only in part.
   */
  private List<ActorId> demonyms(String subject) {
    List<ActorId> out = new ArrayList<>();
    Matcher w = DEMONYM_PAIR.matcher(subject);
    while (w.find()) {
      for (int g = 1; g <= 2; g++) {
        for (Alias a : kb.readings(w.group(g))) {
          if (a.reading() == Reading.ADJECTIVE && a.entry() instanceof Actor actor) {
            out.add(actor.id());
          }
        }
      }
    }
    return out;
  }

  /** The subject before the trigger: its last participant and any joined to it by "and". */
  private static List<ActorId> subjects(DocContext ctx, int from, int at) {
    List<PlacedMention> ms = ctx.mentionsIn(from, at);
    List<ActorId> out = new ArrayList<>();
    int joinedTo = -1;
    for (int k = ms.size() - 1; k >= 0; k--) {
      PlacedMention pm = ms.get(k);
      if (joinedTo >= 0
          && !ctx.text().substring(pm.end(), joinedTo).matches("(?i)\\s*(?:,|and|,\\s*and)\\s*")) {
        break;
      }
      if (isLocative(ctx.text(), from, pm)) {
        continue;
      }
      Optional<ActorId> p = participant(ctx, pm);
      if (p.isPresent()) {
        out.add(0, p.get());
        joinedTo = pm.start();
      }
    }
    return out;
  }

  private List<ActorId> objects(DocContext ctx, int from, int to) {
    List<ActorId> out = new ArrayList<>();
    int comma = ctx.text().indexOf(',', from);
    int end = Math.min(to, Math.min(from + 120, comma < 0 ? to : comma));
    for (PlacedMention pm : ctx.mentionsIn(from, end)) {
      if (isDelegation(ctx.text(), from, pm)) {
        delegated(ctx, pm).ifPresent(out::add);
      } else if (!isLocative(ctx.text(), from, pm)) {
        participant(ctx, pm).ifPresent(out::add);
      }
    }
    return out;
  }

  private static boolean isLocative(String text, int from, PlacedMention pm) {
    String before = text.substring(Math.max(from, pm.start() - 25), pm.start());
    return LOCATIVE.matcher(before).find();
  }

  /** Whether the mention names whom a delegation comes from ("representatives from Ukraine"). */
  private static boolean isDelegation(String text, int from, PlacedMention pm) {
    String before = text.substring(Math.max(from, pm.start() - 25), pm.start());
    return DELEGATES_FROM.matcher(before).find();
  }

  /** The party a delegation comes from: the place's holder, even where read as a locative. */
  private Optional<ActorId> delegated(DocContext ctx, PlacedMention pm) {
    Optional<Referent> r = ctx.referent(pm.mention());
    if (r.isPresent() && r.get().holder() != null) {
      return Optional.of(r.get().holder());
    }
    // a country read as a place: its state
    for (Alias a : kb.readings(ctx.text().substring(pm.start(), pm.end()))) {
      if (a.entry() instanceof Actor actor) {
        return Optional.of(actor.id());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether "talks between X and Y" name one event (a round, a day, a place), not the negotiation
   * process at large ("the ongoing talks between Russia and Ukraine").
   */
  private static boolean isSpecific(DocContext ctx, int[] clause) {
    String c = ctx.text().substring(clause[0], clause[1]);
    return ROUND.matcher(c).find()
        || !ctx.analyzed().timesIn(ctx.original(clause[0], clause[1])).isEmpty();
  }

  /** Whether the rest of the clause leaves the meeting an event that took place. */
  private static boolean isHeldAfter(String text, int end, int clauseEnd) {
    return !NOT_HELD_AFTER.matcher(text.substring(end, Math.min(clauseEnd, end + 120))).find();
  }

  private static Optional<ActorId> participant(DocContext ctx, PlacedMention pm) {
    if (pm.mention() instanceof ActorMention a && a.locative()) {
      return Optional.empty();
    }
    Optional<Referent> r = ctx.referent(pm.mention());
    if (r.isEmpty() || r.get().holder() == null) {
      return Optional.empty();
    }
    return Optional.of(r.get().person() != null ? r.get().person() : r.get().holder());
  }

  private static boolean isBetweenParties(DocContext ctx, Set<ActorId> who) {
    if (who.size() < 2) {
      return false;
    }
    return who.stream().map(a -> partyOf(ctx, a)).distinct().count() >= 2;
  }

  private static String partyOf(DocContext ctx, ActorId a) {
    if (!a.isPerson()) {
      return a.value();
    }
    return ctx.analyzed().mentions().stream()
        .filter(m -> a.equals(m.person()))
        .map(m -> m.holder() == null ? a.value() : m.holder().value())
        .findFirst()
        .orElse(a.value());
  }

  private static @Nullable String place(DocContext ctx, int from, int to) {
    Matcher m = PLACE.matcher(ctx.text()).region(from, to);
    while (m.find()) {
      String p = m.group(1).replaceFirst("^the\\s+", "");
      if (!NOT_PLACES.contains(p.split("\\s+")[0])) {
        return p;
      }
    }
    return null;
  }

  private Meeting meeting(
      DocContext ctx, List<Span> evidence, Span anchor, Set<ActorId> who, @Nullable String place) {
    Provenance p = provenance.resolve(ctx, evidence, anchor, "meeting.talks", 0.75);
    return new Meeting(p, List.copyOf(who), place);
  }
}
