package org.parley.language.trigger;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pre-pass dictionary: for each kind of cue, whole words, word stems (a word counts when it
 * starts with one) and two- or three-word phrases, all lower case.
 */
final class TriggerLexicon {
  static final Map<TriggerKind, Set<String>> WORDS = new EnumMap<>(TriggerKind.class);
  static final Map<TriggerKind, Set<String>> STEMS = new EnumMap<>(TriggerKind.class);
  static final Map<TriggerKind, Set<String>> PHRASES = new EnumMap<>(TriggerKind.class);
  static final Map<String, Set<TriggerKind>> WORD_KINDS;
  static final Map<String, Set<TriggerKind>> STEM_KINDS;
  static final Map<String, Set<TriggerKind>> PHRASE_KINDS;
  static final Set<String> STEM_STARTS;

  static {
    put(
        TriggerKind.DEMAND,
        words(
            "must",
            "conditions",
            "condition",
            "ultimatum",
            "should",
            "aim",
            "aims",
            "goal",
            "goals",
            "want",
            "wants",
            "wanted",
            "sought",
            "key"),
        stems("demand", "insist", "requir", "urg", "seek", "call"),
        phrases(
            "wish list",
            "call for",
            "calls for",
            "called for",
            "call on",
            "calls on",
            "called on",
            "needs to",
            "need to",
            "would take",
            "no talk",
            "without respect"));
    put(
        TriggerKind.OFFER,
        words("ready", "willing", "prepared", "open", "initiative", "host", "hosts", "hosted"),
        stems(
            "offer",
            "propos",
            "agree",
            "accept",
            "concession",
            "compromis",
            "relinquish",
            "mediat"),
        phrases());
    put(
        TriggerKind.REJECTION,
        words(
            "never",
            "won't",
            "cannot",
            "can't",
            "unacceptable",
            "oppose",
            "opposes",
            "opposed",
            "no"),
        stems("reject", "refus", "dismiss"),
        phrases("rule out", "rules out", "ruled out", "will not", "not give", "not ready"));
    put(
        TriggerKind.PROVISION,
        words(
            "truce",
            "armistice",
            "nato",
            "membership",
            "troops",
            "referendum",
            "asset",
            "assets",
            "sovereignty",
            "integrity",
            "security",
            "rights",
            "language",
            "nuclear",
            "aid",
            "eu",
            "independence",
            "frozen",
            "ceasefire",
            "cease-fire"),
        stems(
            "ced",
            "surrender",
            "withdr",
            "freez",
            "recogni",
            "annex",
            "neutral",
            "guarantee",
            "sanction",
            "peacekeep",
            "disarm",
            "demilitari",
            "denazif",
            "election",
            "prisoner",
            "exchang",
            "swap",
            "reparation",
            "corridor",
            "deoccup",
            "return",
            "weapon",
            "missile",
            "rocket",
            "ceasefire"),
        phrases(
            "hand over",
            "hands over",
            "handed over",
            "pull out",
            "pulled out",
            "european union",
            "cease fire"));
    put(
        TriggerKind.CONTROL,
        words(
            "took",
            "taken",
            "held",
            "percent",
            "sq",
            "square",
            "km",
            "km2",
            "miles",
            "hectares",
            "gains",
            "gain",
            "fraction",
            "fell",
            "fall",
            "falls",
            "fallen",
            "lost",
            "lose",
            "loses",
            "front",
            "frontline",
            "frontlines",
            "%"),
        stems(
            "control",
            "occup",
            "captur",
            "seiz",
            "hold",
            "liberat",
            "recaptur",
            "retak",
            "kilomet",
            "territor",
            "advanc"),
        phrases(
            "per cent",
            "nearly all",
            "most of",
            "parts of",
            "part of",
            "all of",
            "front line",
            "front lines"));
    put(
        TriggerKind.MEETING,
        words(
            "talk",
            "talks",
            "met",
            "round",
            "dialogue",
            "contact",
            "contacts",
            "videoconference",
            "telephone"),
        stems("negotiat", "meet", "summit", "conversation", "discuss", "visit", "delegation"),
        phrases("phone call", "spoke with", "speaking with", "spoke to"));
    WORD_KINDS = invert(WORDS);
    STEM_KINDS = invert(STEMS);
    PHRASE_KINDS = invert(PHRASES);
    Set<String> starts = new java.util.HashSet<>();
    STEM_KINDS.keySet().forEach(stem -> starts.add(stem.substring(0, Math.min(3, stem.length()))));
    STEM_STARTS = starts;
  }

  private TriggerLexicon() {}

  private static void put(TriggerKind kind, Set<String> w, Set<String> s, Set<String> p) {
    WORDS.put(kind, w);
    STEMS.put(kind, s);
    PHRASES.put(kind, p);
  }

  /** For each word, the kinds that list it (a stem also counts for a whole word equal to it). */
  private static Map<String, Set<TriggerKind>> invert(Map<TriggerKind, Set<String>> byKind) {
    Map<String, Set<TriggerKind>> out = new HashMap<>();
    byKind.forEach(
        (kind, words) ->
            words.forEach(
                w -> out.computeIfAbsent(w, x -> EnumSet.noneOf(TriggerKind.class)).add(kind)));
    return out;
  }

  private static Set<String> words(String... w) {
    return Set.copyOf(Arrays.asList(w));
  }

  private static Set<String> stems(String... w) {
    return Set.copyOf(Arrays.asList(w));
  }

  private static Set<String> phrases(String... w) {
    return Set.copyOf(Arrays.asList(w));
  }
}
