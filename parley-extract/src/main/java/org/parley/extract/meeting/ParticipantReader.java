package org.parley.extract.meeting;

import static org.parley.extract.meeting.FunctionWords.CIRCUMSTANCES;
import static org.parley.extract.meeting.FunctionWords.DETERMINERS;
import static org.parley.extract.meeting.FunctionWords.PREPOSITIONS;
import static org.parley.extract.meeting.FunctionWords.SUPPORT_VERBS;
import static org.parley.extract.meeting.FunctionWords.key;

import java.util.ArrayList;
import java.util.List;
import org.parley.language.text.Word;

/**
 * Reads who a meeting word says took part, from the words and possible participants of its
 * sentence: a verb's subject and object ("Putin called Macron", "Zelensky spoke by phone with
 * Starmer"); a noun's own phrase and its "with/between/of" complement ("the Russian-Ukrainian
 * talks", "a meeting between Lavrov and Cavusoglu", "a summit of NATO's leaders"); the subject of
 * the support verb that governs a noun ("Yermak held talks with ..."); the main subject of a clause
 * that a "during/after the meeting with X" phrase modifies; for a noun whose phrase names no one,
 * the parties of its passive participles ("a summit hosted by X", see {@link ByAgents}). Stateless.
 */
final class ParticipantReader {
  private final MeetingWords words;
  private final ObjectPhrases phrases;

  ParticipantReader(MeetingWords words) {
    this.words = words;
    this.phrases = new ObjectPhrases(words);
  }

  /** Who trigger {@code t} of a sentence with words {@code ws} and parties {@code ps} names. */
  ContactReading read(List<Word> ws, List<Party> ps, Trigger t, int clauseStart) {
    boolean verb = t.verb() || isParticiple(ws, t);
    int[] objects = phrases.of(ws, t, verb);
    List<Party> after = objectParties(ws, ps, objects);
    if (verb) {
      List<Party> subject = Subjects.before(ws, ps, t.start(), clauseStart);
      return new ContactReading(subject, after, List.of(), "verb", objects[0], objects[1]);
    }
    int left = leftEdge(ws, t.word());
    List<Party> phrase = within(ps, ws.get(left).start(), t.start());
    left = governorOf(ws, left);
    String governor = key(ws, left - 1);
    if (SUPPORT_VERBS.contains(governor)) {
      List<Party> subject = Subjects.before(ws, ps, ws.get(left - 1).start(), clauseStart);
      return new ContactReading(subject, after, phrase, "support", objects[0], objects[1]);
    }
    if (CIRCUMSTANCES.contains(governor) && isCircumstance(ws, left - 1)) {
      List<Party> subject = Subjects.before(ws, ps, ws.get(left - 1).start(), clauseStart);
      if (subject.isEmpty()) {
        subject = Subjects.afterFrontedPhrase(ws, ps, objects[1]);
      }
      return new ContactReading(subject, after, phrase, "circumstance", objects[0], objects[1]);
    }
    List<Party> named = after.isEmpty() && phrase.isEmpty() ? ByAgents.after(ws, ps, t) : after;
    return new ContactReading(List.of(), named, phrase, "phrase", objects[0], objects[1]);
  }

  /** The parties of the object phrase; a direct object must name its party straight away. */
  private static List<Party> objectParties(List<Word> ws, List<Party> ps, int[] objects) {
    List<Party> after = within(ps, objects[0], objects[1]);
    boolean direct = objects[2] == 0;
    return direct
            && !after.isEmpty()
            && !ObjectPhrases.startsWithParty(ws, objects[0], after.get(0))
        ? List.of()
        : after;
  }

  /** "X, meeting Y": a gerund after a comma or a subordinator reads as a verb. */
  private static boolean isParticiple(List<Word> ws, Trigger t) {
    String prev = key(ws, t.word() - 1);
    return t.key().endsWith("ing")
        && (prev.equals(",") || prev.equals("when") || prev.equals("while"));
  }

  /**
   * Where the phrase that governs a noun starts, when the noun depends on another noun by "of"
   * ("joined the closing session of the summit"): up to the support verb or circumstance word a few
   * words back; else {@code left} itself.
   */
  private static int governorOf(List<Word> ws, int left) {
    if (!key(ws, left - 1).equals("of") || key(ws, left - 2).equals("sidelines")) {
      return left;
    }
    for (int k = left - 2; k >= 0 && left - k <= 7; k--) {
      Word w = ws.get(k);
      if (SUPPORT_VERBS.contains(w.key()) || CIRCUMSTANCES.contains(w.key())) {
        return k + 1;
      }
      if (!w.isAlphanumeric()) {
        return left;
      }
    }
    return left;
  }

  /** Whether "of" before the phrase is "on the sidelines of" (other governors always count). */
  private static boolean isCircumstance(List<Word> ws, int k) {
    return !key(ws, k).equals("of") || key(ws, k - 1).equals("sidelines");
  }

  /** The first word of a noun trigger's phrase: back over modifiers to a determiner. */
  private int leftEdge(List<Word> ws, int at) {
    int k = at - 1;
    while (k >= 0 && at - k <= 7) {
      Word w = ws.get(k);
      String key = w.key();
      if (DETERMINERS.contains(key)) {
        return k;
      }
      boolean punct = !w.isAlphanumeric() && !w.isPossessive();
      if (punct
          || PREPOSITIONS.contains(key)
          || SUPPORT_VERBS.contains(key)
          || words.word(key).isPresent()) {
        return k + 1;
      }
      k--;
    }
    return k + 1;
  }

  private static List<Party> within(List<Party> ps, int from, int to) {
    List<Party> out = new ArrayList<>();
    for (Party p : ps) {
      if (p.end() > from && p.start() < to) {
        out.add(p);
      }
    }
    return out;
  }
}
