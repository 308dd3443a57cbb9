package org.parley.language.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Gender;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.language.mention.Mention;
import org.parley.language.mention.PersonMention;
import org.parley.language.mention.RoleMention;
import org.parley.language.mention.SourceMention;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * Resolves pronouns and definite descriptions in document order (see {@link Candidates} for the
 * search order, {@link RoleMatcher} for descriptions). A description that names its party and has
 * no antecedent ("the Kremlin leader") may resolve to the one knowledge-base person it fits; a
 * singular one that still has none stands for an unnamed holder of the role ("Ukraine's foreign
 * minister": UKR, resolved to itself), which later pronouns may take; plural descriptions ("the
 * leaders") stay unresolved. A subject pronoun prefers candidates in subject position ("Putin told
 * Macron that he …" is Putin), and every pronoun must agree in gender where it is known (the
 * knowledge base's, else the role's or the first name's). Thread-safe; per-document state lives in
 * each call.
 */
public final class CoreferenceResolver {
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> SUBJECT = Set.of("he", "she");

  private final RoleMatcher roles;
  private final KnowledgeBase kb;

  public CoreferenceResolver(KnowledgeBase kb) {
    this.roles = new RoleMatcher(kb);
    this.kb = kb;
  }

  /** Resolves the anaphors of {@code text} against {@code mentions}. */
  public Coreference resolve(SentencedText text, List<Mention> mentions) {
    return resolve(text, mentions, null);
  }

  /**
   * Resolves the anaphors of {@code text}; {@code house} is the party whose press office published
   * the document (RUS for kremlin.ru), whose leader "the President" and "the Head of State" mean
   * there when a candidate of that party is in reach.
   */
  public Coreference resolve(SentencedText text, List<Mention> mentions, @Nullable ActorId house) {
    List<Object> items = new ArrayList<>(mentions);
    items.addAll(pronouns(text, mentions));
    items.sort(java.util.Comparator.comparingInt(CoreferenceResolver::start));
    List<Candidates.Candidate> candidates = new ArrayList<>();
    List<Anaphor> anaphors = new ArrayList<>();
    Map<ActorId, List<String>> docRoles = rolesByPerson(mentions);
    for (Object item : items) {
      switch (item) {
        case RoleMention r -> {
          Anaphor a = description(text, r, candidates, mentions, docRoles, house);
          anaphors.add(a);
          Coreference.referent(a)
              .ifPresent(ref -> candidates.add(candidate(text, r.span(), ref, r)));
        }
        case Mention m when m instanceof PersonMention || m instanceof SourceMention -> {
          var ref = Referent.of(m);
          if (ref != null) {
            candidates.add(candidate(text, m.span(), ref, m));
          }
        }
        case Pronoun p -> anaphors.add(pronoun(text, p, candidates));
        default -> {}
      }
    }
    return new Coreference(anaphors);
  }

  /** The roles the document gives each named person, in text order. */
  private static Map<ActorId, List<String>> rolesByPerson(List<Mention> mentions) {
    Map<ActorId, List<String>> docRoles = new HashMap<>();
    for (Mention m : mentions) {
      if (m instanceof PersonMention p && p.role() != null) {
        docRoles.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(p.role());
      }
    }
    return docRoles;
  }

  /**
   * The named person a description stands in apposition to: "Olena Koval, the deputy head of the
   * council," — the person mention right before it, separated by a comma only.
   */
  private static Candidates.@Nullable Candidate appositiveHost(
      SentencedText text, RoleMention r, List<Candidates.Candidate> found) {
    if (found.isEmpty()) {
      return null;
    }
    Candidates.Candidate last = found.get(found.size() - 1);
    if (!(last.source() instanceof PersonMention) || last.span().end() > r.span().start()) {
      return null;
    }
    String between = text.aligned().originalText(new Span(last.span().end(), r.span().start()));
    return between.strip().equals(",") ? last : null;
  }

  private static boolean isLeaderRole(String role) {
    String r = RoleMatcher.withoutParty(RoleMatcher.bare(role));
    return r.equals("president") || r.equals("head of state") || r.equals("leader");
  }

  private Anaphor description(
      SentencedText text,
      RoleMention r,
      List<Candidates.Candidate> found,
      List<Mention> all,
      Map<ActorId, List<String>> docRoles,
      @Nullable ActorId house) {
    Candidates.Candidate host = appositiveHost(text, r, found);
    if (host != null) {
      return appositive(r, host);
    }
    boolean houseLeader =
        house != null && (r.holder() == null || house.equals(r.holder())) && isLeaderRole(r.role());
    if (houseLeader) {
      Anaphor leader = houseLeader(text, r, found, docRoles, house);
      if (leader != null) {
        return leader;
      }
    }
    var fit = Candidates.first(text, found, r.span(), c -> roles.fits(r, c.source(), docRoles), 3);
    if (fit.isPresent()) {
      return anaphor(r.span(), r.text(), Anaphor.AnaphorKind.DESCRIPTION, fit.get());
    }
    Anaphor named = namedAfter(text, r, all, docRoles);
    if (named != null) {
      return named;
    }
    return withoutAntecedent(r, houseLeader ? house : null);
  }

  /** A description in apposition to its host, taking the description's holder when it lacks one. */
  private static Anaphor appositive(RoleMention r, Candidates.Candidate host) {
    Referent h = host.referent();
    Referent ref =
        h.holder() == null && r.holder() != null
            ? new Referent(h.person(), r.holder(), h.description(), h.named())
            : h;
    return new Anaphor(
        r.span(),
        r.text(),
        Anaphor.AnaphorKind.DESCRIPTION,
        new Resolution.Resolved(ref, host.span()));
  }

  /** A leader role in a press office's document: the nearest earlier person of that house. */
  private @Nullable Anaphor houseLeader(
      SentencedText text,
      RoleMention r,
      List<Candidates.Candidate> found,
      Map<ActorId, List<String>> docRoles,
      ActorId house) {
    var c =
        Candidates.first(
            text,
            found,
            r.span(),
            c2 -> house.equals(c2.referent().holder()) && roles.fits(r, c2.source(), docRoles),
            3);
    return c.isPresent()
        ? anaphor(r.span(), r.text(), Anaphor.AnaphorKind.DESCRIPTION, c.get())
        : null;
  }

  /**
   * The readout style: "the President ... Vladimir Putin" in one paragraph. Mentions are in text
   * order, so those after r in its paragraph follow it in a run: the search stops at the run's end,
   * and looks no further ahead than an anaphor looks back.
   */
  private @Nullable Anaphor namedAfter(
      SentencedText text, RoleMention r, List<Mention> all, Map<ActorId, List<String>> docRoles) {
    int from = firstAfter(all, r.span().end());
    int to = Math.min(all.size(), from + Candidates.MAX_LOOK_BACK);
    for (int i = from; i < to; i++) {
      Mention m = all.get(i);
      if (!samePara(text, m.span(), r.span())) {
        break;
      }
      if (m instanceof PersonMention p && roles.fits(r, m, docRoles)) {
        Referent ref = new Referent(p.person(), p.holder(), p.name(), true);
        return anaphor(
            r.span(), r.text(), Anaphor.AnaphorKind.DESCRIPTION, candidate(text, m.span(), ref, m));
      }
    }
    return null;
  }

  /**
   * A description nothing before it fits: the one knowledge-base person it fits; in a press
   * office's document, its head of state for a leader role ({@code house}); an unnamed holder of
   * the role when it names its party and is singular (resolved to itself); else unresolved.
   */
  private Anaphor withoutAntecedent(RoleMention r, @Nullable ActorId house) {
    List<Person> kbFits = roles.fromKnowledgeBase(r);
    Person p = kbFits.size() == 1 ? kbFits.get(0) : house == null ? null : roles.president(house);
    if (p != null) {
      return itself(r, new Referent(p.id(), p.party(), p.name(), true));
    }
    if (r.holder() != null && !r.plural()) {
      return itself(r, new Referent(null, r.holder(), r.text(), true));
    }
    return new Anaphor(
        r.span(),
        r.text(),
        Anaphor.AnaphorKind.DESCRIPTION,
        new Resolution.Unresolved("no person or source before it fits '" + r.role() + "'"));
  }

  private static Anaphor itself(RoleMention r, Referent ref) {
    return new Anaphor(
        r.span(),
        r.text(),
        Anaphor.AnaphorKind.DESCRIPTION,
        new Resolution.Resolved(ref, r.span()));
  }

  private Anaphor pronoun(SentencedText text, Pronoun p, List<Candidates.Candidate> found) {
    String key = p.key();
    boolean subject = SUBJECT.contains(key);
    var fit = Candidates.first(text, found, p.span(), c -> agrees(key, c), 1, subject);
    if (fit.isPresent()) {
      return anaphor(p.span(), p.text(), Anaphor.AnaphorKind.PRONOUN, fit.get());
    }
    return new Anaphor(
        p.span(),
        p.text(),
        Anaphor.AnaphorKind.PRONOUN,
        new Resolution.Unresolved("no person before it in this or the previous paragraph"));
  }

  private boolean agrees(String pronoun, Candidates.Candidate c) {
    if (isPlural(c.source())) {
      return false; // "officials", "the leaders": never "he" or "she"
    }
    Gender g = GenderGuess.of(c.referent(), c.source(), kb);
    return !g.isKnown() || FEMALE.contains(pronoun) == (g == Gender.FEMALE);
  }

  private static boolean isPlural(Object source) {
    return source instanceof SourceMention sm && sm.plural()
        || source instanceof RoleMention rm && rm.plural();
  }

  private static Anaphor anaphor(
      Span span, String text, Anaphor.AnaphorKind kind, Candidates.Candidate c) {
    return new Anaphor(span, text, kind, new Resolution.Resolved(c.referent(), c.span()));
  }

  private static Candidates.Candidate candidate(
      SentencedText text, Span span, Referent ref, Object source) {
    int s = text.sentenceAt(text.aligned().normStart(span));
    return new Candidates.Candidate(
        span, s, s < 0 ? -1 : text.paragraphOf(s), ref, source, SubjectPosition.of(text, span, s));
  }

  /** The index of the first of {@code mentions} (in text order) that starts after {@code end}. */
  private static int firstAfter(List<Mention> mentions, int end) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).span().start() > end) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static boolean samePara(SentencedText text, Span a, Span b) {
    int sa = text.sentenceAt(text.aligned().normStart(a));
    int sb = text.sentenceAt(text.aligned().normStart(b));
    return sa >= 0 && sb >= 0 && text.paragraphOf(sa) == text.paragraphOf(sb);
  }

  private List<Pronoun> pronouns(SentencedText text, List<Mention> mentions) {
    List<Pronoun> out = new ArrayList<>();
    // words and mentions are both in text order: one sweep keeps the furthest end of the mentions
    // starting before each word, instead of testing every mention against every pronoun
    int next = 0;
    int furthestEnd = Integer.MIN_VALUE;
    for (Word w : text.words()) {
      String k = w.key();
      if (MALE.contains(k) || FEMALE.contains(k)) {
        Span span = text.span(w.start(), w.end());
        while (next < mentions.size() && mentions.get(next).span().start() < span.end()) {
          furthestEnd = Math.max(furthestEnd, mentions.get(next).span().end());
          next++;
        }
        if (furthestEnd <= span.start()) {
          out.add(new Pronoun(span, text.aligned().originalText(span), k));
        }
      }
    }
    return out;
  }

  private static int start(Object item) {
    return switch (item) {
      case Mention m -> m.span().start();
      case Pronoun p -> p.span().start();
      default -> 0;
    };
  }

  /** A personal or possessive pronoun found in the text. */
  private record Pronoun(Span span, String text, String key) {
    Pronoun {
      key = key.toLowerCase(Locale.ROOT);
    }
  }
}
