package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.kb.KnowledgeBase;
import org.parley.language.coref.Referent;
import org.parley.language.mention.PersonMention;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * The quotations of a document that may be statements. Partial quotations of one sentence by one
 * speaker are one candidate while they stay inside one reported clause ("said the siege was "slow"
 * and "cruel""); a new speech verb or a new "that" clause between them starts another ("…, adding
 * that "…"", "said "…" and that "…""). One-word fragments beside longer ones are labels, not speech
 * ("called them "thieves", "liars" and said "…""), and a quotation of one word is never a
 * candidate. A speaker read off a party named in a prepositional phrase is not a speaker.
 * Stateless.
 */
final class StatementCandidates {
  /** Words that start a new reported clause between two fragments of one sentence. */
  private static final Set<String> NEW_CLAUSE =
      Set.of(
          "adding",
          "added",
          "said",
          "says",
          "saying",
          "told",
          "telling",
          "urged",
          "urging",
          "called",
          "calling",
          "accused",
          "accusing",
          "described",
          "describing",
          "warned",
          "warning",
          "insisted",
          "insisting",
          "stressed",
          "noted",
          "wrote",
          "tweeted",
          "asked",
          "declared",
          "vowed",
          "promised",
          "claimed",
          "argued",
          "later",
          "while");

  /** Words that join a second "that" clause to the first ("… and that …"). */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "also");

  private static final Set<String> PRONOUNS = Set.of("he", "she");

  private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

  private static final Pattern OFFICIAL =
      Pattern.compile(
          "\\b(?:officials?|diplomats?|sources?|spokes\\w+|ministers?|advis[eo]rs?|aides?|officers?"
              + "|commanders?|negotiators?|envoys?|ambassadors?|representatives?|insiders?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "\\b(?:by|of|to|from|with|against|for|on|in|that)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BODY_AFTER =
      Pattern.compile("^\\s+(?:for|of|at|from|with)\\s+(?:the\\s+)?\\p{Lu}");

  private static final Pattern FORMER =
      Pattern.compile("\\b(?:former|ex-|retired)\\b", Pattern.CASE_INSENSITIVE);

  private final KnowledgeBase kb;

  StatementCandidates(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The candidates of {@code ctx}, in document order. */
  List<StatementCandidate> of(DocContext ctx, SpeakerMentions mentions) {
    String text = ctx.document().text();
    List<StatementCandidate> out = new ArrayList<>();
    for (List<Quotation> group : clauses(ctx)) {
      if (!(group.get(0).speaker() instanceof Speaker.Known k)
          || isPrepositionalObject(text, k)
          || !isSomeone(k.referent())
          || isNamedInOwnWords(ctx, group, k)
          || isInsideQuotedWords(ctx, k)) {
        continue;
      }
      List<Quotation> parts = withoutLabels(text, group);
      if (parts.isEmpty()) {
        continue;
      }
      String quote = joined(text, parts);
      StatementCandidate c = new StatementCandidate(parts, k, quote, false, false);
      boolean strict =
          isPartyVoice(k.referent())
              && !isFormerOfficial(text, k)
              && !SpeakerProfile.of(ctx, mentions, k.referent(), kb).isNewOutsider()
              && QuotedSpeech.isSpeech(text, c.span(), quote, parts.size());
      out.add(new StatementCandidate(parts, k, quote, strict, speaksForUnknownBody(text, k)));
    }
    return out;
  }

  /** Whether a speaker's words count as the rules read them: a party's voice or an official. */
  static boolean isPartyVoice(Referent r) {
    return r.holder() != null || !r.named() && OFFICIAL.matcher(r.description()).find();
  }

  /**
   * Whether an unnamed source of no party speaks for a body the knowledge base does not know ("a
   * spokesperson for Shell", "an official at Acme Bank"): a company's or group's voice, no party's.
   */
  private static boolean speaksForUnknownBody(String text, Speaker.Known k) {
    Referent r = k.referent();
    if (r.holder() != null || r.named()) {
      return false;
    }
    int end = k.mention().end();
    return BODY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
  }

  /** Whether the speaker is anyone at all: a party, a named person or a described source. */
  private static boolean isSomeone(Referent r) {
    return r.holder() != null || r.person() != null || !r.named();
  }

  /** The fragments joined as the house conventions write them: " … " between the parts. */
  private static String joined(String text, List<Quotation> parts) {
    List<String> quotes = parts.stream().map(q -> q.quote(text)).toList();
    return String.join(" … ", quotes);
  }

  /** The quotations grouped by reported clause (see the class comment). */
  private static List<List<Quotation>> clauses(DocContext ctx) {
    String text = ctx.document().text();
    List<List<Quotation>> groups = new ArrayList<>();
    for (Quotation q : ctx.analyzed().quotations()) {
      List<Quotation> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null
          && q.partial()
          && last.get(0).partial()
          && sameSentence(ctx, last.get(0), q)
          && sameSpeaker(last.get(0), q)
          && !newClauseBetween(text, last.get(last.size() - 1).span(), q.span())) {
        last.add(q);
      } else {
        groups.add(new ArrayList<>(List.of(q)));
      }
    }
    return groups;
  }

  /**
   * Whether a new reported clause starts between two fragments: a speech verb, or a "that" joined
   * to the one before by a coordinator ("… and that "…""); a "that" inside the same clause ("to the
   * point that it could not change course "…"") starts none.
   */
  private static boolean newClauseBetween(String text, Span before, Span after) {
    String between = text.substring(before.end(), after.start()).toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(between);
    String previous = "";
    while (m.find()) {
      String w = m.group();
      if (NEW_CLAUSE.contains(w) || w.equals("that") && COORDINATORS.contains(previous)) {
        return true;
      }
      previous = w;
    }
    return false;
  }

  /** The group without its one-word fragments (labels such as "thieves"). */
  private static List<Quotation> withoutLabels(String text, List<Quotation> group) {
    return group.stream().filter(q -> StatementCandidate.wordCount(q.quote(text)) > 1).toList();
  }

  private static boolean sameSentence(DocContext ctx, Quotation a, Quotation b) {
    return ctx.analyzed()
        .sentenceAt(a.span().start())
        .equals(ctx.analyzed().sentenceAt(b.span().start()));
  }

  private static boolean sameSpeaker(Quotation a, Quotation b) {
    return a.speaker() instanceof Speaker.Known ka
        && b.speaker() instanceof Speaker.Known kb
        && ka.referent().equals(kb.referent());
  }

  /** Whether the speaker was read off quoted words ("… "to get his country back," …"): no one. */
  private static boolean isInsideQuotedWords(DocContext ctx, Speaker.Known k) {
    for (Quotation q : ctx.analyzed().quotations()) {
      if (q.contents().stream().anyMatch(c -> c.contains(k.mention()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a pronoun speaker ("…," he said) is a person the quoted words themselves name ("…
   * Putin's regime …"): the pronoun was read back to a name inside the quotation, not to who
   * speaks.
   */
  private static boolean isNamedInOwnWords(DocContext ctx, List<Quotation> group, Speaker.Known k) {
    ActorId person = k.referent().person();
    if (person == null
        || !PRONOUNS.contains(ctx.originalText(k.mention()).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Quotation q : group) {
      for (PlacedMention m : ctx.mentionsIn(ctx.norm(q.span()), ctx.normEnd(q.span()))) {
        if (m.mention() instanceof PersonMention p && p.person().equals(person)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the speaker was read off a party named in a prepositional phrase ("a crew member on a
   * yacht linked to an oligarch sanctioned by the UK told …"): the party is not who speaks.
   */
  private static boolean isPrepositionalObject(String text, Speaker.Known k) {
    if (k.referent().person() != null || !k.referent().named()) {
      return false;
    }
    String before = text.substring(Math.max(0, k.mention().start() - 16), k.mention().start());
    return PREPOSITION_BEFORE.matcher(before).find();
  }

  /**
   * Whether the speaker is someone the knowledge base does not know, described as a former holder
   * of an office ("David Scheffer, a former US ambassador …"): no longer a party's voice.
   */
  static boolean isFormerOfficial(String text, Speaker.Known k) {
    return k.referent().person() == null && isFormerNear(text, k);
  }

  /** Whether "former", "ex-" or "retired" stands near the speaker's mention. */
  static boolean isFormerNear(String text, Speaker.Known k) {
    String around =
        text.substring(
            Math.max(0, k.mention().start() - 40), Math.min(text.length(), k.mention().end() + 40));
    return FORMER.matcher(around).find();
  }
}
