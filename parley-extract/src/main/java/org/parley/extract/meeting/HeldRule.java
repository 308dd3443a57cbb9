package org.parley.extract.meeting;

import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.SentenceWords;

/**
 * The hand-written decision used when no meeting model is loaded: a readout title's meeting took
 * place; a passage did unless the words before its meeting word make it planned, hoped for,
 * proposed or refused ("will meet", "is ready for talks", "rejected a summit"), or it names a
 * process between parties with no time, place or person ("the talks between Russia and Ukraine").
 * Stateless.
 */
final class HeldRule {
  /** The confidence of a passage the rule keeps. */
  static final double CONFIDENCE = 0.75;

  /** Stems (OpenNLP's Porter stemmer) that leave a contact not held. */
  private static final Set<String> NOT_HELD =
      FunctionWords.words(
          "will would shall plan plans schedul upcom next expect refus no cancel "
              + "readi offer rule reject propos invit hope idea possibl prospect request "
              + "want could may might futur ongo continu potenti agre should must need call "
              + "urg seek");

  /** Stems that put a contact in the past: "after the talks", "the recent visit", "last round". */
  private static final Set<String> PAST =
      FunctionWords.words("recent last previou after follow dure earlier past yesterdai held");

  /** How many words before the meeting word are read. */
  private static final int REACH = 6;

  /** The groups of {@link #NOT_HELD}: what kind of not-yet contact each word makes. */
  private static final java.util.Map<String, String> GROUPS =
      java.util.Map.ofEntries(
          java.util.Map.entry("will", "modal"), java.util.Map.entry("would", "modal"),
          java.util.Map.entry("shall", "modal"), java.util.Map.entry("could", "modal"),
          java.util.Map.entry("may", "modal"), java.util.Map.entry("might", "modal"),
          java.util.Map.entry("should", "modal"), java.util.Map.entry("must", "modal"),
          java.util.Map.entry("need", "modal"), java.util.Map.entry("plan", "plan"),
          java.util.Map.entry("plans", "plan"), java.util.Map.entry("schedul", "plan"),
          java.util.Map.entry("upcom", "plan"), java.util.Map.entry("next", "plan"),
          java.util.Map.entry("expect", "plan"), java.util.Map.entry("futur", "plan"),
          java.util.Map.entry("potenti", "plan"), java.util.Map.entry("possibl", "wish"),
          java.util.Map.entry("readi", "wish"), java.util.Map.entry("offer", "wish"),
          java.util.Map.entry("propos", "wish"), java.util.Map.entry("invit", "wish"),
          java.util.Map.entry("hope", "wish"), java.util.Map.entry("idea", "wish"),
          java.util.Map.entry("prospect", "wish"), java.util.Map.entry("request", "wish"),
          java.util.Map.entry("want", "wish"), java.util.Map.entry("agre", "wish"),
          java.util.Map.entry("call", "wish"), java.util.Map.entry("urg", "wish"),
          java.util.Map.entry("seek", "wish"), java.util.Map.entry("refus", "refusal"),
          java.util.Map.entry("no", "refusal"), java.util.Map.entry("cancel", "refusal"),
          java.util.Map.entry("rule", "refusal"), java.util.Map.entry("reject", "refusal"),
          java.util.Map.entry("ongo", "process"), java.util.Map.entry("continu", "process"));

  /** The groups of the cue words in the few words before word {@code at}. */
  static java.util.Set<String> cueGroupsBefore(SentenceWords w, int at) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (int k = Math.max(0, at - REACH); k < at; k++) {
      String g = GROUPS.get(w.stem(k));
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }

  /** Whether a word of {@link #NOT_HELD} stands in the few words before word {@code at}. */
  static boolean hasCueBefore(SentenceWords w, int at) {
    for (int k = Math.max(0, at - REACH); k < at; k++) {
      if (NOT_HELD.contains(w.stem(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word that puts the contact in the past stands in the few words before {@code at}. */
  static boolean hasPastBefore(SentenceWords w, int at) {
    for (int k = Math.max(0, at - REACH); k < at; k++) {
      if (PAST.contains(w.stem(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@link #NOT_HELD} stands in the few words after word {@code at}. */
  static boolean hasCueAfter(SentenceWords w, int at) {
    for (int k = at + 1; k <= Math.min(w.size() - 1, at + REACH); k++) {
      if (NOT_HELD.contains(w.stem(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the rule takes candidate {@code c} to be a meeting that took place. */
  boolean isHeld(DocContext ctx, Candidate c) {
    if (c.trigger() == null) {
      return true;
    }
    int i = c.sentence();
    SentenceWords w = ctx.words(i);
    if (hasCueBefore(w, w.indexAt(c.trigger().start()))) {
      return false;
    }
    boolean partiesOnly = c.participants().stream().noneMatch(a -> a.isPerson());
    return !(partiesOnly && c.time().date() == null && c.place() == null);
  }
}
