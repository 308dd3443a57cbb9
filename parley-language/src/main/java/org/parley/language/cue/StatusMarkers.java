package org.parley.language.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;
import org.parley.model.Status;

/**
 * Verification, hedging, estimate, denial and dispute markers and anonymity, each with the scope
 * its wording gives it: a clause ("reportedly", "an estimated" forward to the clause end), the
 * sentence ("is estimated to", "denied"), for "could not independently verify" its own clause and
 * the run of sentences before it relayed through the same report, and for a contest of "that" or
 * "the claim" ("Kyiv disputed the claim, …") the sentence before.
 */
final class StatusMarkers {
  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "\\b(?:disputed|disputes|contested|contests|refuted|refutes|denied|denies)\\s+"
                  + "(?:that|this|it|the (?:claim|report|assertion|account|figure|statement"
                  + "|announcement)s?|these (?:claims|figures|reports|assertions)|such claims)"
                  + "(?=\\s*(?:[,.;:!?\u2013\u2014-]|$|and\\b|but\\b|saying\\b|insisting\\b"
                  + "|arguing\\b))",
              List.of("disput", "contest", "refut", "deni"),
              Status.DISPUTED,
              Scope.BACK),
          new Rule(
              "\\b(?:could|can|was|were|has|have|had|is|are)(?:n't| not| unable to)(?: been)?"
                  + "(?: able to)?(?: immediately)?(?: independently)? (?:be )?"
                  + "(?:verify|verified|confirm|confirmed)\\b|\\bunable to (?:independently )?"
                  + "(?:verify|confirm)\\b|\\bnot (?:been )?independently (?:verified|confirmed)\\b",
              List.of("verif", "confirm"),
              Status.UNVERIFIED,
              Scope.VERIFY),
          new Rule(
              "\\b(?:unverified|unconfirmed)\\b",
              List.of("unverified", "unconfirmed"),
              Status.UNVERIFIED,
              Scope.CLAUSE),
          new Rule(
              "\\b(?:reportedly|allegedly|purportedly|ostensibly)\\b|\\b(?:is|are|was|were) "
                  + "(?:said|reported|believed|thought|understood) to\\b|\\balleged\\b",
              List.of(
                  "reported",
                  "alleg",
                  "purported",
                  "ostensibl",
                  " said to",
                  "believed to",
                  "thought to",
                  "understood to"),
              Status.REPORTED,
              Scope.CLAUSE),
          new Rule("\\ban estimated\\b", List.of("an estimated"), Status.ESTIMATED, Scope.FORWARD),
          new Rule(
              "\\b(?:is|are|was|were|has been|have been) (?:estimated|thought to|believed to)\\b"
                  + "|\\bestimated at\\b|\\b(?:by|according to) (?:some |western |official |"
                  + "rough |our )?estimates?\\b|\\bestimates? (?:suggest|show|put)\\b",
              List.of("estimat", "thought to", "believed to"),
              Status.ESTIMATED,
              Scope.SENTENCE),
          new Rule(
              "\\b(?:denied|denies|deny|denying|denial)\\b",
              List.of("deni", "deny"),
              Status.DENIED,
              Scope.SENTENCE),
          new Rule(
              "\\b(?:disputed|contested|refuted|challenged|questioned)\\s+(?:the|this|that"
                  + "|these|those|its|his|her|their|such|[\\w-]+'s|claims?|reports?|figures?"
                  + "|assertions?|allegations?|accounts?)\\b|\\b(?:is|are|was|were|been|being)"
                  + "\\s+(?:disputed|contested|refuted)\\b|\\b(?:refutes|disputes|contests)\\s+"
                  + "(?:the|this|that|these|those|claims?|reports?)\\b",
              List.of("disput", "contest", "refut", "challeng", "question"),
              Status.DISPUTED,
              Scope.SENTENCE),
          new Rule(
              "\\b(?:on|under) (?:the )?conditions? (?:of|that (?:he|she|they) not be named)"
                  + "|\\bspeaking anonymously\\b|\\bdeclined to be (?:named|identified)\\b"
                  + "|\\basked not to be (?:named|identified)\\b|\\brequested anonymity\\b"
                  + "|\\bnot authori[sz]ed to speak (?:publicly|on the record)\\b",
              List.of("condition", "anonym", "named", "identified", "authori"),
              Status.ASSERTED,
              Scope.ANONYMITY));

  private StatusMarkers() {}

  /** The markers of sentence {@code s}; VERIFY scopes are widened later by {@link CueFinder}. */
  static List<AttributionCue> find(SentencedText text, int s) {
    String sentence = text.sentenceText(s).toLowerCase(Locale.ROOT);
    int base = text.normStart(s);
    List<AttributionCue> out = new ArrayList<>();
    List<Span> back = new ArrayList<>();
    for (Rule r : RULES) {
      if (!r.mayMatch(sentence) || (r.scope() == Scope.BACK && s == 0)) {
        continue;
      }
      Matcher m = r.pattern().matcher(sentence);
      while (m.find()) {
        int ms = base + m.start();
        int me = base + m.end();
        Span span = text.span(ms, me);
        if (back.stream().anyMatch(span::overlaps)) {
          continue; // "Kyiv disputed that": the words contest the sentence before, not their own
        }
        if (r.scope() == Scope.BACK) {
          back.add(span);
        }
        Span scope = scope(text, s, ms, me, r.scope());
        String marker = text.aligned().originalText(span);
        out.add(
            r.scope() == Scope.ANONYMITY
                ? new AttributionCue.AnonymityMarker(span, scope)
                : new AttributionCue.StatusMarker(span, scope, r.status(), marker));
      }
    }
    return out;
  }

  private static Span scope(SentencedText text, int s, int ms, int me, Scope kind) {
    return switch (kind) {
      case CLAUSE -> text.span(Clauses.start(text, s, ms), Clauses.end(text, s, me));
      case FORWARD -> text.span(ms, Clauses.end(text, s, me));
      case VERIFY -> text.span(text.normStart(s), Clauses.end(text, s, me));
      case SENTENCE, ANONYMITY -> text.span(text.normStart(s), text.normEnd(s));
      case BACK -> text.span(text.normStart(s - 1), text.normEnd(s - 1));
    };
  }

  /** How far a marker reaches. */
  enum Scope {
    CLAUSE,
    FORWARD,
    SENTENCE,
    VERIFY,
    ANONYMITY,
    /**
     * The sentence before: a contest whose object points back ("Officials disputed that.", "Kyiv
     * denied the claim, saying …") is about what the previous sentence reported.
     */
    BACK
  }

  private record Rule(Pattern pattern, List<String> anchors, Status status, Scope scope) {
    Rule(String regex, List<String> anchors, Status status, Scope scope) {
      this(Pattern.compile(regex), anchors, status, scope);
    }

    boolean mayMatch(String lowerSentence) {
      return anchors.stream().anyMatch(lowerSentence::contains);
    }
  }
}
