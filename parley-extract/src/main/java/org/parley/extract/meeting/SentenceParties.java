package org.parley.extract.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.PlacedReferent;
import org.parley.extract.context.VoiceResolver;
import org.parley.kb.Actor;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.kb.Reading;
import org.parley.language.coref.Referent;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RoleMention;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.language.text.Word;
import org.parley.model.ActorId;

/**
 * Every possible participant a sentence names, in text order: people and parties of the mentions (a
 * country followed by its leader's surname is the leader: "Prime Minister of Israel Bennett"; a
 * country after an office word is its office holder: "the prime ministers of Denmark and Finland"),
 * resolved pronouns, first-person words (the quotation's speaker, or the office head of a readout),
 * adjectives of states before a group or meeting word ("Russian and Ukrainian delegations",
 * "Russian-Ukrainian talks"), and the members of a named format. Stateless.
 */
final class SentenceParties {
  private static final Set<String> FIRST_PERSON = FunctionWords.words("i we me us my our");
  private static final Set<String> GROUP_WORDS =
      FunctionWords.words(
          "delegation delegations representatives negotiators officials teams team "
              + "sides side leaders presidents ministers diplomats counterparts advisers "
              + "advisors format four countries parties negotiating counterpart");

  private final KnowledgeBase kb;
  private final MeetingWords words;
  private final OfficeHolders offices;
  private final UnknownNames names;

  SentenceParties(KnowledgeBase kb, MeetingWords words) {
    this.kb = kb;
    this.words = words;
    this.offices = new OfficeHolders(kb);
    this.names = new UnknownNames(kb);
  }

  /** The possible participants of sentence {@code i}, whose words are {@code ws}. */
  List<Party> of(DocContext ctx, int i, List<Word> ws) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    List<Party> out = new ArrayList<>();
    for (PlacedMention pm : ctx.mentionsIn(from, to)) {
      mentioned(ctx, ws, pm).ifPresent(out::add);
    }
    names.of(ctx, ws, from, to).forEach(out::add);
    for (PlacedReferent r : ctx.pronounsIn(from, to)) {
      party(r.start(), r.end(), r.referent(), "pronoun").ifPresent(out::add);
    }
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      if (isFirstPerson(ws, k)) {
        firstPerson(ctx, w).ifPresent(out::add);
      }
      demonym(ws, k).ifPresent(out::add);
      final int at = k;
      words
          .formatAt(ws, k)
          .filter(f -> isBeforeGroup(ws, at + f.name().size() - 1))
          .ifPresent(f -> f.members().forEach(m -> out.add(format(ws, at, f, m))));
    }
    out.removeIf(p -> words.isGathering(p.id()));
    out.sort(Comparator.comparingInt(Party::start).thenComparing(p -> p.id().value()));
    return List.copyOf(out);
  }

  private Optional<Party> mentioned(DocContext ctx, List<Word> ws, PlacedMention pm) {
    if (pm.mention() instanceof RegionMention && isDelegated(ws, pm)) {
      return stateNamed(pm.mention().text())
          .map(state -> new Party(pm.start(), pm.end(), state, state, "delegation"));
    }
    if (pm.mention() instanceof RegionMention
        || (pm.mention() instanceof ActorMention a
            && a.locative()
            && !isBeforeGroup(ws, last(ws, pm))
            && !isDelegated(ws, pm))) {
      return Optional.empty();
    }
    Optional<Referent> r = ctx.referent(pm.mention());
    if (r.isEmpty() && pm.mention() instanceof RoleMention role && role.holder() != null) {
      r = Optional.of(new Referent(null, role.holder(), role.text(), true));
    }
    return r.flatMap(ref -> party(ctx, ws, pm, ref));
  }

  /** The participant the referent {@code r} of mention {@code pm} stands for. */
  private Optional<Party> party(DocContext ctx, List<Word> ws, PlacedMention pm, Referent r) {
    if (r.holder() == null) {
      // a person the knowledge base lacks, of no known party: a party of their own
      ActorId person = r.person();
      return person == null
          ? Optional.empty()
          : Optional.of(new Party(pm.start(), pm.end(), person, person, "unknown"));
    }
    ActorId side = r.holder();
    if (r.person() != null) {
      return Optional.of(new Party(pm.start(), pm.end(), r.person(), side, "person"));
    }
    Optional<ActorId> leader = leaderOf(ctx, ws, pm, side);
    if (leader.isPresent()) {
      return Optional.of(new Party(pm.start(), pm.end(), leader.get(), side, "office"));
    }
    String how = pm.mention() instanceof RoleMention ? "role" : "actor";
    return Optional.of(new Party(pm.start(), pm.end(), side, side, how));
  }

  /**
   * The person a party mention stands for: a surname the knowledge base gives that party right
   * after it, or after one given name ("Prime Minister of Israel Bennett", "the adviser to the
   * President of the United States Jake Sullivan"), or the holder of the office named before it
   * ("the foreign ministers of Estonia") or by it ("the UN secretary").
   */
  private Optional<ActorId> leaderOf(
      DocContext ctx, List<Word> ws, PlacedMention pm, ActorId side) {
    int after = indexAt(ws, pm.end());
    for (int n = after; n < Math.min(ws.size(), after + 2) && ws.get(n).isCapitalized(); n++) {
      for (Alias a : kb.readings(ws.get(n).raw())) {
        if (a.entry() instanceof Person p && p.party().equals(side)) {
          return Optional.of(p.id());
        }
      }
    }
    if (pm.mention() instanceof RoleMention role) {
      String[] head = role.role().split(" ");
      return offices.holder(side, head[head.length - 1]).or(() -> offices.holder(side, head[0]));
    }
    String office = officeBefore(ws, indexAt(ws, pm.start()) - 1);
    return office.isEmpty() ? Optional.empty() : offices.holder(side, office);
  }

  /**
   * The office word that a list of countries ending before word {@code k} depends on ("the heads of
   * government of Norway and Israel"), or "".
   */
  private static String officeBefore(List<Word> ws, int k) {
    for (int n = k; n >= 0 && k - n < 9; n--) {
      Word w = ws.get(n);
      String key = w.key();
      if (key.equals(",")
          || key.equals("and")
          || key.equals("the")
          || key.equals("of")
          || (w.isCapitalized() && !OfficeHolders.isOfficeWord(key))) {
        continue;
      }
      return OfficeHolders.isOfficeWord(key) ? key : "";
    }
    return "";
  }

  /** "I", or a lower-case "we", "us", "our" (or capitalised at a sentence start; "US" is not). */
  private static boolean isFirstPerson(List<Word> ws, int k) {
    Word w = ws.get(k);
    if (!FIRST_PERSON.contains(w.key())) {
      return false;
    }
    if (w.raw().equals("I") || w.raw().equals(w.key())) {
      return true;
    }
    boolean initial = k == 0 || !ws.get(k - 1).isAlphanumeric();
    return initial && !w.raw().equals(w.raw().toUpperCase(java.util.Locale.ROOT));
  }

  private static Optional<Party> firstPerson(DocContext ctx, Word w) {
    Optional<Quotation> q = ctx.quotationAt(w.start());
    if (q.isPresent()) {
      return q.get().speaker() instanceof Speaker.Known k
          ? party(w.start(), w.end(), k.referent(), "first-person")
          : Optional.empty();
    }
    return VoiceResolver.principalVoice(ctx)
        .filter(v -> v.agent() != null)
        .map(v -> new Party(w.start(), w.end(), ActorId.of(v.agent()), v.holder(), "first-person"));
  }

  private static Optional<Party> party(int start, int end, Referent r, String how) {
    if (r.holder() == null) {
      return Optional.empty();
    }
    ActorId id = r.person() != null ? r.person() : r.holder();
    return Optional.of(new Party(start, end, id, r.holder(), how));
  }

  /** A state's adjective before a group or meeting word, or hyphen-joined to another one. */
  private Optional<Party> demonym(List<Word> ws, int k) {
    Word w = ws.get(k);
    if (!w.isCapitalized()) {
      return Optional.empty();
    }
    Optional<ActorId> state = adjectiveOf(w.raw());
    if (state.isEmpty() || !isBeforeGroup(ws, k)) {
      return Optional.empty();
    }
    String next = k + 1 < ws.size() ? ws.get(k + 1).key() : "";
    if (next.equals("counterpart")) {
      Optional<ActorId> leader =
          offices.holder(state.get(), "president").or(() -> offices.holder(state.get(), "leader"));
      if (leader.isPresent()) {
        return Optional.of(new Party(w.start(), w.end(), leader.get(), state.get(), "counterpart"));
      }
    }
    return Optional.of(new Party(w.start(), w.end(), state.get(), state.get(), "demonym"));
  }

  private boolean isBeforeGroup(List<Word> ws, int k) {
    for (int n = k + 1; n < Math.min(ws.size(), k + 5) && k >= 0; n++) {
      String key = ws.get(n).key();
      if (GROUP_WORDS.contains(key) || words.word(key).isPresent()) {
        return true;
      }
      boolean joined = key.equals("and") || key.equals(",") || ws.get(n).hyphenated();
      if (!joined && (adjectiveOf(ws.get(n).raw()).isEmpty() || !ws.get(n).isCapitalized())) {
        return false;
      }
    }
    return false;
  }

  private Optional<ActorId> adjectiveOf(String word) {
    for (Alias a : kb.readings(word)) {
      if (a.reading() == Reading.ADJECTIVE && a.entry() instanceof Actor actor) {
        return Optional.of(actor.id());
      }
    }
    return Optional.empty();
  }

  private static Party format(List<Word> ws, int k, MeetingWords.Format f, ActorId member) {
    Word last = ws.get(k + f.name().size() - 1);
    return new Party(ws.get(k).start(), last.end(), member, member, "format");
  }

  /** The state a country's name names ("Ukraine", read as a region, is also the state). */
  private Optional<ActorId> stateNamed(String name) {
    for (Alias a : kb.readings(name.replaceFirst("^(?i:the)\\s+", ""))) {
      if (a.entry() instanceof Actor actor && a.reading() != Reading.ADJECTIVE) {
        return Optional.of(actor.id());
      }
    }
    return Optional.empty();
  }

  /** Whether a place names whom a group comes from: "representatives from Ukraine". */
  private static boolean isDelegated(List<Word> ws, PlacedMention pm) {
    int k = indexAt(ws, pm.start()) - 1;
    if (k >= 0 && ws.get(k).key().equals("the")) {
      k--;
    }
    boolean from = k >= 1 && (ws.get(k).key().equals("from") || ws.get(k).key().equals("of"));
    return from && GROUP_WORDS.contains(ws.get(k - 1).key());
  }

  /** The index of the last word of a mention. */
  private static int last(List<Word> ws, PlacedMention pm) {
    return indexAt(ws, pm.end()) - 1;
  }

  /** The index of the first word starting at or after {@code at}. */
  static int indexAt(List<Word> ws, int at) {
    int k = 0;
    while (k < ws.size() && ws.get(k).start() < at) {
      k++;
    }
    return k;
  }
}
