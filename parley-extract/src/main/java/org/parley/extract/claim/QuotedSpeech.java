package org.parley.extract.claim;

import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * Whether quoted words are speech rather than a name or a term: a quotation of three words or more
 * that is not used as a name or term ("the principle of "all for all"", "an "all for all"
 * exchange"), or shorter words that someone is said to have said or called something ("called the
 * terms "far from reality""). Stateless.
 */
final class QuotedSpeech {
  /**
   * What comes before a short quote that someone said or called something ("called it "an
   * ultimatum"").
   */
  private static final Pattern SAID_OR_CALLED =
      Pattern.compile(
          "(?:(?<!so-|(?:was|were|been|being|is|are) )\\b(?:call(?:s|ed|ing)?(?! for| on| upon)"
              + "|describ\\w* (?:[\\w'’-]+ ){0,8}as|term(?:s|ed)|brand\\w*"
              + "|dubb?\\w*|label\\w*)\\b[^\"“”.;,]{0,90}"
              + "|\\b(?:said|says|say|warned|promised|vowed|added|insisted|claimed)\\s+(?:that\\s+)?)$",
          Pattern.CASE_INSENSITIVE);

  /** One of these stands in every match of {@link #SAID_OR_CALLED}. */
  private static final Keywords SAID_OR_CALLED_WORDS =
      Keywords.of(
          "call",
          "describ",
          "term",
          "brand",
          "dub",
          "label",
          "said",
          "say",
          "warned",
          "promised",
          "vowed",
          "added",
          "insisted",
          "claimed");

  /**
   * What comes before words quoted as a name or a term, not as speech ("an "all for all"
   * exchange").
   */
  private static final Pattern TERM_BEFORE =
      Pattern.compile(
          "(?:\\b(?:a|an|the|principle of|so-called|formula of|formula|slogan|motto|policy of)"
              + "|[\\w-]+'s?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Capitalised words only: a name ("a hotel called "Myr""), not speech. */
  private static final Pattern NAME =
      Pattern.compile("(?:\\p{Lu}\\S*|[\\d.]+)(?:\\s+(?:\\p{Lu}\\S*|[\\d.]+))*");

  private static final Pattern NOUN_AFTER =
      Pattern.compile("^\\s+[a-z][\\w-]*\\b(?<!\\bsaid|\\bhe|\\bshe|\\bthey|\\bwe)");

  private QuotedSpeech() {}

  /**
   * Whether {@code quote}, quoted at {@code span} of {@code text} in {@code parts} fragments, is
   * speech.
   */
  static boolean isSpeech(String text, Span span, String quote, int parts) {
    if (StatementCandidate.wordCount(quote) < 3) {
      return isSaidOrCalled(text, span) && !isName(quote);
    }
    return parts > 1 || !isTerm(text, span);
  }

  /** Whether the words before the quotation say that someone said or called it. */
  static boolean isSaidOrCalled(String text, Span span) {
    int from = Math.max(0, span.start() - 80);
    if (!SAID_OR_CALLED_WORDS.occurIn(text, from, span.start())) {
      return false;
    }
    return SAID_OR_CALLED.matcher(text.substring(from, span.start())).find();
  }

  /** Whether the quoted words are capitalised words or numbers only: a name. */
  static boolean isName(String quote) {
    return NAME.matcher(quote).matches();
  }

  /** Whether the quotation stands as a term: after an article or a possessive, before a noun. */
  static boolean isTerm(String text, Span span) {
    String before = text.substring(Math.max(0, span.start() - 80), span.start());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 30));
    return TERM_BEFORE.matcher(before).find()
        && (NOUN_AFTER.matcher(after).find() || after.matches("(?s)^[.;].*"));
  }
}
