package org.parley.extract.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.measure.Figure;

/**
 * Whether a clause states control over a figure: a control verb governs it ("occupy some 88 percent
 * of", "parts of Donetsk under Russian control", "is now in Russian hands", "which fell to"), and
 * it is a fact, not an aim, plan or condition ("trying to capture", "it will hold", "if … Russian
 * forces occupied"), nor a degree inside a description ("the occupied part of"). Works on
 * normalised text; stateless.
 */
final class ControlClauses {
  /**
   * The verbs and predicates of control. The look-ahead holds the first letters of every
   * alternative: it changes no match, and spares the rest of the expression at other places.
   */
  static final Pattern CONTROL =
      Pattern.compile(
          "(?=[-abcfghiopstuw])\\b(?:control(?:s|led|ling)?|occup(?:y|ies|ied|ying)|hold(?:s|ing)?|held|seiz(?:e|es|ed|ing)"
              + "|captur(?:ed|ing)|annexed|(?:has|have|had|was|were|been) (?:\\w+ )?taken"
              + "|took|overran|overrun|conquered|fell to|fallen to|in (?:\\w+ )?hands|in the hands of"
              + "|took control|taken control|won control|gained control|in control of"
              + "|(?:is|are|was|were) held by|operat(?:e|es|ed|ing) in|present in)\\b|-(?:controlled|held|occupied)\\b"
              + "|\\bunder (?:\\w+ )?(?:control|occupation)\\b",
          Pattern.CASE_INSENSITIVE);

  /** One of these stands in every match of {@link #CONTROL}. */
  static final Keywords CONTROL_WORDS =
      Keywords.of(
          "control", "occup", "hold", "held", "seiz", "captur", "annex", "taken", "took", "overr",
          "conquer", "fell", "fallen", "hands", "operat", "present");

  private static final Pattern NOT_STATIVE =
      Pattern.compile(
          "\\b(?:if|unless|would|could|will|might|trying|try|tries|seeking|seeks|aims?|aiming|goal"
              + "|in order to|plans?|wants?|hopes?|recaptur\\w*|retook|retaken|regain\\w*"
              + "|liberat\\w*|destroyed|damaged|demand\\w*|pull\\w*|withdraw\\w*|hand over"
              + "|give up|cede|ceding|surrender\\w*|idea|proposal|offer\\w*|attempt\\w*|efforts?"
              + "|bid to|sought|seek|intend\\w*|advance\\w*|towards?|push\\w* (?:into|towards))\\b",
          Pattern.CASE_INSENSITIVE);

  /** A clause that states a condition, not a fact ("if … Russia's army took most of"). */
  private static final Pattern CONDITIONAL =
      Pattern.compile(
          "^\\W*(?:if|unless|even if|in case)\\b|\\bwere to\\b", Pattern.CASE_INSENSITIVE);

  /** How far before the control verb an aim or condition ("trying to", "will") is looked for. */
  private static final int STATIVE_REACH = 40;

  private static final Pattern DESCRIPTIVE =
      Pattern.compile("\\b(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREDICATE =
      Pattern.compile(
          "\\b(?:is|are|was|were|remains?|now|been)\\s+(?:\\w+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  /** A relative clause of its own between a figure and a predicate ("…, most of which are"). */
  private static final Pattern OTHER_RELATIVE = Pattern.compile(",[^,]*\\bwhich\\b");

  private ControlClauses() {}

  /** Whether {@code clause} states control over {@code f} as a fact, with a measure. */
  static boolean statesControl(String text, int[] clause, Figure f) {
    return isControlClause(text, clause, f) && !isDescriptive(text, clause, f);
  }

  /**
   * Whether the clause states control: a control verb governs the figure, and no aim, plan or
   * condition ("trying to capture", "it will hold", "efforts to seize") stands just before the verb
   * or between it and the figure, nor opens the clause ("if …", "were to").
   */
  private static boolean isControlClause(String text, int[] clause, Figure f) {
    int verb = controlVerb(text, clause, f);
    if (verb < 0) {
      return false;
    }
    int from = Math.max(clause[0], Math.min(verb, f.start()) - STATIVE_REACH);
    return !NOT_STATIVE.matcher(text.substring(from, Math.max(from, f.end()))).find()
        && !CONDITIONAL.matcher(text.substring(clause[0], Math.max(clause[0], verb))).find();
  }

  /**
   * Whether the clause says who controls the figure: a control verb before it ("occupy some 88
   * percent of"), or after it only as a predicate of control ("parts of Donetsk under Russian
   * control", "Russian-held", "which fell to"), not as an adjective inside the territory ("the
   * entire occupied Kherson region").
   */
  private static int controlVerb(String text, int[] clause, Figure f) {
    if (!CONTROL_WORDS.occurIn(text, clause[0], clause[1])) {
      return -1;
    }
    Matcher m = CONTROL.matcher(text).region(clause[0], clause[1]);
    int before = -1;
    while (m.find()) {
      if (m.start() < f.start()) {
        before = m.start();
        continue;
      }
      if (before >= 0) {
        return before;
      }
      if (isPredicateAfter(text, f, m)) {
        return m.start();
      }
    }
    return before;
  }

  private static boolean isPredicateAfter(String text, Figure f, Matcher m) {
    String v = m.group().toLowerCase(Locale.ROOT);
    boolean adverb =
        m.start() - f.end() <= 2
            && text.substring(f.start(), f.end()).toLowerCase(Locale.ROOT).endsWith("ly");
    if (adverb || v.startsWith("under") || v.startsWith("fell") || v.startsWith("fallen")) {
      return true;
    }
    if (v.startsWith("-") || v.matches("(?:is|are|was|were|has|have|had|been)\\b.*")) {
      return true;
    }
    String between = text.substring(Math.min(f.end(), m.start()), m.start());
    // "the entire Donetsk region, most of which is held by …": the predicate is the relative's
    return m.start() >= f.end()
        && PREDICATE.matcher(between).find()
        && !OTHER_RELATIVE.matcher(between).find();
  }

  /** A degree inside a definite description ("the occupied part of Luhansk") states no measure. */
  private static boolean isDescriptive(String text, int[] clause, Figure f) {
    return !f.measure().isNumeric()
        && DESCRIPTIVE
            .matcher(text.substring(Math.max(clause[0], f.start() - 40), f.start()))
            .find();
  }
}
