package org.parley.extract.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.lexicon.ProvisionMatch;
import org.parley.extract.lexicon.StanceTrigger;
import org.parley.language.mention.ActorMention;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.ProvisionType;

/**
 * The tests that keep a stance word from becoming a claim when the text does not voice a position:
 * a hypothetical or a commentator's guess ("suppose Moscow asks", "analysts expect"), a topic of
 * discussion ("spoke about the goals of the operation"), a negated refusal ("we don't reject
 * talks"), a provision named only as a purpose ("a mediator on the way to ending the war"), and
 * another country's alliance membership ("Finland and Sweden to join NATO"). Stateless.
 */
final class PositionFilters {
  static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "\\b(?:if|unless|whether|as soon as|once|analysts? (?:expect|believe|say)|could be"
              + "|expected to|suppose|supposing|imagine|(?<!\\bI )(?<!\\bwe )(?:think|believe)|thinks|believes|predict\\w*"
              + "|speculat\\w*|likely|perhaps|possibly|hypothetical\\w*|was asked|were asked"
              + "|how could|how can|why would|whether)\\b"
              + "|\\b(?-i:may|might)\\b",
          Pattern.CASE_INSENSITIVE);

  /** One of these stands in every match of {@link #HYPOTHETICAL}. */
  static final Keywords HYPOTHETICAL_WORDS =
      Keywords.of(
          "if",
          "unless",
          "whether",
          "soon",
          "once",
          "analyst",
          "could",
          "expected",
          "suppos",
          "imagine",
          "think",
          "believe",
          "predict",
          "speculat",
          "likely",
          "perhaps",
          "possibly",
          "hypothetical",
          "asked",
          "how",
          "why",
          "may",
          "might");

  /** A condition closed by a comma before the stance is the condition of a main clause. */
  private static final Pattern CONDITIONAL =
      Pattern.compile("if|unless|as soon as|once", Pattern.CASE_INSENSITIVE);

  private static final Pattern DROPPED =
      Pattern.compile(
          "\\b(?:no longer|not|never|stopped|ceased|gave up|given up|dropped|abandoned)\\s+$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REFERENCED =
      Pattern.compile(
          "\\b(?:reject\\w*|dismiss\\w*|call(?:ed|s|ing)?|criticis\\w*|criticiz\\w*|condemn\\w*"
              + "|denounc\\w*|slamm?\\w*|describ\\w*|brand\\w*|term(?:s|ed)|(?:take|takes|took|taken) note of"
              + "|respond\\w* to|comment\\w* on|answer\\w* to|mock\\w*|ridicul\\w*)\\s+(?:the|this|that"
              + "|these|those|such|its|his|her|their|[\\w-]+'s)\\s+(?:[\\w-]+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TOPIC =
      Pattern.compile(
          "\\b(?:about|regarding|concerning|on the (?:issue|question|topic|subject) of|discuss\\w*"
              + "|update on|briefed \\w+ on|informed \\w+ (?:about|of)|reasons? for"
              + "|thank\\w* [^.;]{0,60}? for)\\b[^.;]{0,30}$",
          Pattern.CASE_INSENSITIVE);

  /** One of these stands in every match of {@link #REFERENCED}. */
  private static final Keywords REFERENCED_WORDS =
      Keywords.of(
          "reject",
          "dismiss",
          "call",
          "criticis",
          "criticiz",
          "condemn",
          "denounc",
          "slam",
          "describ",
          "brand",
          "term",
          "note of",
          "respond",
          "comment",
          "answer",
          "mock",
          "ridicul");

  /** One of these stands in every match of {@link #TOPIC}. */
  private static final Keywords TOPIC_WORDS =
      Keywords.of(
          "about",
          "regarding",
          "concerning",
          "on the",
          "discuss",
          "update on",
          "briefed",
          "informed",
          "reason",
          "thank");

  private static final Pattern NEGATED_REFUSAL =
      Pattern.compile(
          "\\b(?:don't|do not|does not|doesn't|did not|didn't|not|never|won't)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_BEFORE =
      Pattern.compile("\\b(?:who|which|that)\\s+$", Pattern.CASE_INSENSITIVE);

  /** Steps taken to do something do it: "take concrete steps in order to implement …". */
  private static final Pattern STEPS_TO =
      Pattern.compile(
          "\\b(?:steps|measures|action|efforts)\\s+(?:in order\\s+|so as\\s+)?to\\s+(?:\\w+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PURPOSE =
      Pattern.compile(
          "\\b(?:on the way to|in order to|so as to|with a view to|aimed at|towards?|for the sake of"
              + "|in the interests of|(?:as )?the price (?:of|for)|incentive to|so that|in a bid to"
              + "|help(?:s|ed)? (?:to )?|pressure on \\w+ to|able to|would take for \\w+ to"
              + "|(?:chance|possibility|hope|prospects?|ways?|means) (?:of|to))"
              + "\\s+(?:\\w+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATED_AGREEMENT =
      Pattern.compile(
          "(?:\\b(?:not|never)(?!\\s+only\\b)|n't|\\b(?:refus|declin)\\w*(?: to)?)"
              + "\\s+(?:\\w+ly\\s+|yet\\s+|been\\s+)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OWN_MEMBERSHIP =
      Pattern.compile("\\b(?:the country's|its own|their own)\\s+$", Pattern.CASE_INSENSITIVE);

  /** A preposition (and at most two modifiers) right before talks: their setting, not the ask. */
  private static final Pattern SETTING_BEFORE =
      Pattern.compile(
          "\\b(?:in|on|of|during|at|about|from|after|through|via|within|into|over|regarding"
              + "|concerning|the course of)\\s+(?:[\\w'-]+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  /** Taking part in talks is what is offered or asked ("ready to take part in the talks"). */
  private static final Pattern PARTAKE_BEFORE =
      Pattern.compile(
          "\\b(?:part|participat\\w*|join\\w*|engag\\w*|return\\w*|back|involv\\w*|sit down"
              + "|seat|place|progress|breakthrough|success|resum\\w*|start|round|format)\\s+"
              + "(?:in|at|to|of|into)\\s+(?:[\\w'-]+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "\\b(?:the|these|those|this|our|their|its|such)\\s+(?:[\\w'-]+\\s+){0,1}$",
          Pattern.CASE_INSENSITIVE);

  /** A verb of the talks themselves after them ("the talks ... would be constructive"). */
  private static final Pattern OWN_VERB_AFTER =
      Pattern.compile(
          "^[^,;.]{0,50}?\\b(?:would|will|were|was|is|are|had|has|have|should|need(?:ed|s)?"
              + "|took place|resumed|ended|began)\\b",
          Pattern.CASE_INSENSITIVE);

  private PositionFilters() {}

  /** Whether the stance at {@code at} stands in a hypothetical or a guess. */
  static boolean isHypothetical(String text, int from, int at) {
    int[] clause = Clauses.around(text, from, Math.max(from, at), Math.max(from, at - 1));
    if (!HYPOTHETICAL_WORDS.occurIn(text, clause[0], at)) {
      return false;
    }
    String before = text.substring(clause[0], at);
    Matcher m = HYPOTHETICAL.matcher(before);
    while (m.find()) {
      boolean closedCondition =
          CONDITIONAL.matcher(m.group()).matches() && before.indexOf(',', m.end()) >= 0;
      if (!closedCondition) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the stance at {@code at} is a demand someone has stopped making ("no longer insisting
   * on NATO membership"): a concession, so an offer of the opposite.
   */
  static boolean isDroppedDemand(String text, int from, StanceTrigger t) {
    return t.kind() == ClaimKind.DEMAND
        && DROPPED.matcher(text.substring(Math.max(from, t.start() - 24), t.start())).find();
  }

  /**
   * Whether an agreement word is negated or refused ("did not agree to a truce", "refused to
   * accept", "has not consented to"): a rejection of what it names, not an offer.
   */
  static boolean isNegatedAgreement(String text, int from, StanceTrigger t) {
    return t.kind() == ClaimKind.OFFER
        && NEGATED_AGREEMENT
            .matcher(text.substring(Math.max(from, t.start() - 32), t.start()))
            .find();
  }

  /**
   * Whether a demand word names a demand someone else made, as the object of a comment on it
   * ("called the demand that Kyiv pull out 'manipulative'", "took note of the Ukrainian request"):
   * not a demand of the commenter.
   */
  static boolean isReferencedDemand(String text, int from, StanceTrigger t) {
    int start = Math.max(from, t.start() - 48);
    return t.kind() == ClaimKind.DEMAND
        && REFERENCED_WORDS.occurIn(text, start, t.start())
        && REFERENCED.matcher(text.substring(start, t.start())).find();
  }

  /**
   * Whether the stance word stands in the purpose clause of another ("amend its constitution so
   * that it could never join a bloc", "pressure on Kyiv to accept"): part of that stance, not one.
   */
  static boolean isInPurposeClause(String text, int from, StanceTrigger t) {
    return PURPOSE.matcher(text.substring(Math.max(from, t.start() - 30), t.start())).find();
  }

  /** Whether the stance word is the topic of a conversation rather than a stance taken. */
  static boolean isTopic(String text, int from, int at) {
    int start = Math.max(from, at - 110);
    return TOPIC_WORDS.occurIn(text, start, at) && TOPIC.matcher(text.substring(start, at)).find();
  }

  /** Whether a refusal is itself negated ("we don't reject peace talks"). */
  static boolean isNegatedRefusal(String text, int from, StanceTrigger t) {
    return t.kind() == ClaimKind.REJECTION
        && NEGATED_REFUSAL
            .matcher(text.substring(Math.max(from, t.start() - 12), t.start()))
            .find();
  }

  /** Whether a provision is named as the purpose of something else. */
  static boolean isPurpose(String text, int from, int at) {
    String before = text.substring(Math.max(from, at - 30), at);
    return PURPOSE.matcher(before).find() && !STEPS_TO.matcher(before).find();
  }

  /**
   * Whether talks a stance's scope names are the setting of what is said, not what is asked or
   * offered: after a preposition ("insist on this in negotiations", "the position in the dialogue
   * with Moscow must", "informed him on the course of talks") or as the subject of their own verb
   * ("hoped that the talks on the issue would be constructive"). A preposition that belongs to the
   * trigger ("insist on", "call for") lies before {@code from} and does not count.
   */
  static boolean isTalksSetting(String text, int from, ProvisionMatch m) {
    if (m.type() != ProvisionType.TALKS) {
      return false;
    }
    String before = text.substring(Math.max(from, m.start() - 40), m.start());
    if (SETTING_BEFORE.matcher(before).find()) {
      return !PARTAKE_BEFORE.matcher(before).find();
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
    return DETERMINER_BEFORE.matcher(before).find() && OWN_VERB_AFTER.matcher(after).find();
  }

  /**
   * Whether a provision word lies inside the name of a source, person or role ("officials briefed
   * on the talks", "head of the delegation at the negotiations"), not in what is demanded.
   */
  static boolean isInsideAName(DocContext ctx, ProvisionMatch m) {
    return ctx
        .mentionsIn(Math.max(0, m.start() - 120), Math.min(ctx.text().length(), m.end() + 120))
        .stream()
        .anyMatch(
            pm ->
                pm.start() <= m.start()
                    && m.end() <= pm.end()
                    && pm.mention().kind() != org.parley.language.mention.MentionKind.REGION
                    && pm.mention().kind() != org.parley.language.mention.MentionKind.ACTOR);
  }

  /**
   * Whether a third country's stance on joining an alliance is its own bid ("Finland and Sweden,
   * who have sought to join NATO"): the sentence names no Ukraine for it to be about.
   */
  static boolean isOwnAllianceBid(
      DocContext ctx, @Nullable ActorId holder, ProvisionMatch m, int from, int to) {
    if ((m.type() != ProvisionType.ALLIANCE_NATO && m.type() != ProvisionType.ALLIANCE_EU)
        || holder == null
        || ctx.theatre().isAllianceVoice(holder)) {
      return false;
    }
    return !ctx.theatre()
        .contestedSide()
        .words()
        .isFoundIn(ctx.text().substring(from, Math.min(to, m.end() + 20)));
  }

  /** Whether an alliance provision is about a country other than Ukraine joining. */
  static boolean isOtherCountrysMembership(DocContext ctx, int segStart, ProvisionMatch m) {
    if (m.type() != ProvisionType.ALLIANCE_NATO && m.type() != ProvisionType.ALLIANCE_EU) {
      return false;
    }
    String before = ctx.text().substring(Math.max(segStart, m.start() - 30), m.start());
    if (OWN_MEMBERSHIP.matcher(before).find()) {
      return true;
    }
    List<PlacedMention> near = ctx.mentionsIn(Math.max(segStart, m.start() - 30), m.start());
    return !near.isEmpty()
        && near.get(near.size() - 1).mention() instanceof ActorMention a
        && !ctx.theatre().isAllianceVoice(a.holder());
  }
}
