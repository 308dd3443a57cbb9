package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.context.Voice;
import org.parley.language.coref.Referent;
import org.parley.language.cue.AttributionSummary;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.language.text.Sentence;
import org.parley.language.time.TimeExpression;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Statements: one per quotation whose speaker the language layer resolved to a party's person or an
 * unnamed official, in a document about the conflict. Quotations of one or two words (scare quotes
 * such as "protect") are not statements; an unattributed quotation is never given a guessed
 * speaker. The valid time is the time of the saying ("said on Wednesday"), not a time inside the
 * quote. Stateless.
 */
public final class StatementFinder implements ClaimStage {
  private static final Pattern OFFICIAL =
      Pattern.compile(
          "\\b(?:officials?|diplomats?|sources?|spokes\\w+|ministers?|advis[eo]rs?|aides?|officers?"
              + "|commanders?|negotiators?|envoys?|ambassadors?|representatives?|insiders?)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What comes before a short quote that someone said or called something ("called it "an
   * ultimatum"").
   */
  private static final Pattern SAID_OR_CALLED =
      Pattern.compile(
          "(?:(?<!so-|(?:was|were|been|being|is|are) )\\b(?:call(?:s|ed|ing)?(?! for| on| upon)|describ\\w* (?:[\\w'’-]+ ){0,8}as|term(?:s|ed)|brand\\w*"
              + "|dubb?\\w*|label\\w*)\\b[^\"“”.;,]{0,90}"
              + "|\\b(?:said|says|say|warned|promised|vowed|added|insisted|claimed)\\s+(?:that\\s+)?)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * What comes before words quoted as a name or a term, not as speech ("an "all for all"
   * exchange").
   */
  private static final Pattern TERM_BEFORE =
      Pattern.compile(
          "(?:\\b(?:a|an|the|principle of|so-called|formula of|formula|slogan|motto|policy of)|[\\w-]+'s?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Capitalised words only: a name ("a hotel called "Myr""), not speech. */
  private static final Pattern NAME =
      Pattern.compile("(?:\\p{Lu}\\S*|[\\d.]+)(?:\\s+(?:\\p{Lu}\\S*|[\\d.]+))*");

  private static final Pattern NOUN_AFTER =
      Pattern.compile("^\\s+[a-z][\\w-]*\\b(?<!\\bsaid|\\bhe|\\bshe|\\bthey|\\bwe)");

  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "\\b(?:by|of|to|from|with|against|for|on|in|that)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMER =
      Pattern.compile("\\b(?:former|ex-|retired)\\b", Pattern.CASE_INSENSITIVE);

  private final ProvenanceResolver provenance = new ProvenanceResolver();

  @Override
  public List<Claim> find(DocContext ctx) {
    // a document not about the conflict keeps only its office head's own words on it
    ActorId onlyFrom = null;
    if (!DocumentRelevance.isAboutTheConflict(ctx)) {
      Optional<ActorId> principal = DocumentRelevance.principalOnTheConflict(ctx);
      if (principal.isEmpty()) {
        return List.of();
      }
      onlyFrom = principal.get();
    }
    List<Claim> out = new ArrayList<>();
    String text = ctx.document().text();
    for (List<Quotation> group : partialsJoined(ctx)) {
      Quotation q = group.get(0);
      if (!(q.speaker() instanceof Speaker.Known k)
          || !isSpeaker(k.referent())
          || isPrepositionalObject(text, k)
          || isFormerOfficial(text, k)
          || (onlyFrom != null && !onlyFrom.equals(k.referent().person()))) {
        continue;
      }
      String quote = String.join(" ", group.stream().map(g -> g.quote(text)).toList());
      if (!isQuotedSpeech(text, group, quote)) {
        continue;
      }
      Quotation whole =
          new Quotation(
              group.get(0).span().union(group.get(group.size() - 1).span()),
              group.stream().flatMap(g -> g.contents().stream()).toList(),
              q.speaker(),
              q.partial(),
              q.closed());
      out.add(statement(ctx, whole, k, quote));
    }
    return out;
  }

  /**
   * Whether quoted words are speech: a quotation of three words or more that is not used as a name
   * or term ("the principle of "all for all"", "an "all for all" exchange"), or shorter words that
   * someone is said to have said or called something ("called the terms "far from reality"").
   */
  private static boolean isQuotedSpeech(String text, List<Quotation> group, String quote) {
    Span first = group.get(0).span();
    Span last = group.get(group.size() - 1).span();
    String before = text.substring(Math.max(0, first.start() - 80), first.start());
    if (quote.split("\\s+").length < 3) {
      return SAID_OR_CALLED.matcher(before).find() && !NAME.matcher(quote).matches();
    }
    String after = text.substring(last.end(), Math.min(text.length(), last.end() + 30));
    return group.size() > 1
        || !(TERM_BEFORE.matcher(before).find()
            && (NOUN_AFTER.matcher(after).find() || after.matches("(?s)^[.;].*")));
  }

  /**
   * The quotations, with the partial quotations of one sentence by one speaker taken together (a
   * sentence that quotes a few words, paraphrases, and quotes a few more is one statement).
   */
  private static List<List<Quotation>> partialsJoined(DocContext ctx) {
    List<List<Quotation>> groups = new ArrayList<>();
    for (Quotation q : ctx.analyzed().quotations()) {
      List<Quotation> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null
          && q.partial()
          && last.get(0).partial()
          && sameSentence(ctx, last.get(0), q)
          && sameSpeaker(last.get(0), q)) {
        last.add(q);
      } else {
        groups.add(new ArrayList<>(List.of(q)));
      }
    }
    return groups;
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
  private static boolean isFormerOfficial(String text, Speaker.Known k) {
    if (k.referent().person() != null) {
      return false;
    }
    String around =
        text.substring(
            Math.max(0, k.mention().start() - 40), Math.min(text.length(), k.mention().end() + 40));
    return FORMER.matcher(around).find();
  }

  private static boolean isSpeaker(Referent r) {
    if (r.holder() != null) {
      return true;
    }
    return !r.named() && OFFICIAL.matcher(r.description()).find();
  }

  private Statement statement(DocContext ctx, Quotation q, Speaker.Known k, String quote) {
    List<Span> evidence = evidence(ctx, q, k);
    Span anchor = q.span().union(k.mention());
    Provenance p =
        provenance.resolveAt(
            ctx, evidence, anchor, sayingTime(ctx, q, k), "statement.quotation", 0.85);
    Referent r = k.referent();
    String agent = r.person() != null ? r.person().value() : r.named() ? null : r.description();
    if (agent == null && r.holder() == null) {
      agent = r.description();
    }
    return new Statement(p, r.holder(), Voice.agentText(agent), quote);
  }

  private static List<Span> evidence(DocContext ctx, Quotation q, Speaker.Known k) {
    TreeSet<Span> spans = new TreeSet<>();
    for (Sentence s : ctx.analyzed().sentencesIn(q.span().union(k.mention()))) {
      spans.add(s.span());
    }
    if (spans.isEmpty()) {
      spans.add(q.span());
    }
    List<Span> merged = new ArrayList<>();
    Span run = null;
    for (Span s : spans) {
      if (run != null && s.start() - run.end() <= 2) {
        run = run.union(s);
      } else {
        if (run != null) {
          merged.add(run);
        }
        run = s;
      }
    }
    merged.add(run);
    return merged;
  }

  /** The time of the saying: a time in the quotation's sentences outside the quoted words. */
  private @Nullable PartialDate sayingTime(DocContext ctx, Quotation q, Speaker.Known k) {
    Span around = q.span().union(k.mention());
    List<TimeExpression> outside = new ArrayList<>();
    for (Sentence s : ctx.analyzed().sentencesIn(around)) {
      for (TimeExpression t : ctx.analyzed().timesIn(s.span())) {
        if (q.contents().stream().noneMatch(c -> c.contains(t.span()))) {
          outside.add(t);
        }
      }
    }
    Optional<TimeExpression> reporting =
        outside.stream().filter(TimeExpression::reporting).findFirst();
    if (reporting.isPresent()) {
      return reporting.get().value();
    }
    if (!outside.isEmpty()) {
      return outside.get(0).value();
    }
    AttributionSummary summary = ctx.analyzed().attributionFor(around);
    return provenance.readoutDate(ctx, summary);
  }
}
