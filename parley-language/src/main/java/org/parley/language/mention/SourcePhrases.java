package org.parley.language.mention;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * Finds unnamed sources ("a senior NATO defense official", "western officials", "sources familiar
 * with the Kremlin's negotiations", "an official in southern Ukraine", "one of the officials") and
 * their definite anaphors ("the official", "the officials"), which become {@link RoleMention}s. The
 * affiliation before the head gives the holder; a party named after it gives {@code about}.
 */
final class SourcePhrases {
  /** Words after a source head that show the head is a noun ("official said", "officials who"). */
  private static final Set<String> AFTER_NOUN =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tell",
          "tells",
          "added",
          "noted",
          "stressed",
          "warned",
          "claimed",
          "explained",
          "confirmed",
          "who",
          "familiar",
          "close",
          "with",
          "in",
          "at",
          "from",
          "speaking",
          "briefed",
          "involved",
          "inside",
          "on",
          "had",
          "has",
          "have",
          "was",
          "were",
          "is",
          "are",
          "would",
          "will",
          "could",
          "also",
          "did",
          "does",
          "do",
          "suggested",
          "believe",
          "believed",
          "expect",
          "expected",
          "estimated",
          "according",
          "cited",
          "insisted",
          "predicted",
          "described",
          "acknowledged",
          "denied",
          "declined",
          "argued",
          "wrote",
          "that",
          "and",
          "to",
          "for",
          "as",
          "but",
          "reported",
          "estimate",
          "estimates",
          "assessed",
          "assess",
          "think",
          "thinks",
          "pointed",
          "voiced",
          "familiarity");

  /** Counts before "of the officials" that make a partitive source ("one of the officials"). */
  private static final Set<String> PARTITIVE_COUNTS =
      Set.of("one", "two", "three", "another", "each", "some", "several", "both");

  private SourcePhrases() {}

  static void find(WordWindow w) {
    for (int i = 0; i < w.size(); i++) {
      if (Lexicon.SOURCE_HEADS.contains(w.key(i))
          && w.isFree(i, i + 1)
          && w.rawCovering(i) == null
          && isNoun(w, i)) {
        read(w, i);
      }
    }
  }

  private static boolean isNoun(WordWindow w, int head) {
    if (head + 1 >= w.size() || !w.word(head + 1).isAlphanumeric()) {
      return true;
    }
    return AFTER_NOUN.contains(w.key(head + 1));
  }

  private static void read(WordWindow w, int head) {
    String key = w.key(head);
    boolean plural = key.endsWith("s") || key.equals("people");
    int start = modifierStart(w, head);
    boolean modified = start < head;
    String opener = w.key(start - 1);
    if (opener.equals("the") && plural && isPartitive(w, start - 1)) {
      partitive(w, start - 3, head, plural);
      return;
    }
    if (opener.equals("the")) {
      return; // a definite "the official" is a role description, read after the people
    }
    boolean indefinite = Lexicon.SOURCE_OPENERS.contains(opener) && w.isFree(start - 1, start);
    int end = postModifierEnd(w, head + 1, key.equals("people") || key.equals("person"));
    boolean post = end > head + 1;
    if (!accepts(key, plural, modified, indefinite, post)) {
      return;
    }
    int from = indefinite ? start - 1 : start;
    if (!w.isFree(from, end) || isAppositiveOfName(w, from)) {
      return;
    }
    ActorId holder = partyIn(w, start, head);
    ActorId about = partyIn(w, head + 1, end);
    w.add(
        new SourceMention(w.span(from, end), w.original(from, end), holder, about, plural),
        from,
        end);
  }

  /** The first of the modifiers before the head word ("senior Ukrainian officials"). */
  private static int modifierStart(WordWindow w, int head) {
    int start = head;
    while (start > 0 && isModifier(w, start - 1)) {
      start--;
    }
    return start;
  }

  /**
   * Whether the phrase at {@code from} follows a two-word name and a comma ("Sergiy Khlan, an aide
   * to …"): it describes that person, who is named, and is left to the people's appositives.
   */
  private static boolean isAppositiveOfName(WordWindow w, int from) {
    if (from < 3 || !w.word(from - 1).is(',')) {
      return false;
    }
    for (int k = from - 3; k <= from - 2; k++) {
      var word = w.word(k);
      WordWindow.Raw r = w.rawCovering(k);
      boolean name =
          word.isCapitalized()
              && word.isAlphanumeric()
              && !Lexicon.CONNECTORS.contains(word.key())
              && (r == null || r.has(org.parley.kb.Person.class));
      if (!name) {
        return false;
      }
    }
    return true;
  }

  /** "one of the officials", "two of the sources": a count, "of", then "the" at {@code the}. */
  private static boolean isPartitive(WordWindow w, int the) {
    return w.key(the - 1).equals("of") && PARTITIVE_COUNTS.contains(w.key(the - 2));
  }

  private static void partitive(WordWindow w, int from, int head, boolean plural) {
    int end = postModifierEnd(w, head + 1, false);
    if (!w.isFree(from, end)) {
      return;
    }
    boolean one = Set.of("one", "another", "each").contains(w.key(from));
    ActorId holder = partyIn(w, from, head);
    ActorId about = partyIn(w, head + 1, end);
    w.add(
        new SourceMention(w.span(from, end), w.original(from, end), holder, about, plural && !one),
        from,
        end);
  }

  private static boolean accepts(
      String key, boolean plural, boolean modified, boolean indefinite, boolean post) {
    if (key.equals("people") || key.equals("person")) {
      return post || (indefinite && key.equals("person") && modified);
    }
    if (key.startsWith("spokes") || key.startsWith("negotiator")) {
      return indefinite;
    }
    return indefinite || post || (plural && modified);
  }

  private static boolean isModifier(WordWindow w, int i) {
    if (!w.isFree(i, i + 1)) {
      return false;
    }
    String k = w.key(i);
    if (Lexicon.SOURCE_MODIFIERS.contains(k)) {
      return true;
    }
    WordWindow.Raw r = w.rawCovering(i);
    return r != null && r.actor() != null && w.word(i).isCapitalized();
  }

  /** The end of "familiar with …", "close to …", "with knowledge of …", "in southern Ukraine". */
  private static int postModifierEnd(WordWindow w, int i, boolean people) {
    String k = w.key(i);
    int np;
    if ((k.equals("familiar") && w.key(i + 1).equals("with"))
        || (k.equals("close") && w.key(i + 1).equals("to"))
        || (k.equals("briefed") && w.key(i + 1).equals("on"))
        || (k.equals("involved") && w.key(i + 1).equals("in"))) {
      np = i + 2;
    } else if (k.equals("with") && w.key(i + 1).equals("knowledge") && w.key(i + 2).equals("of")) {
      np = i + 3;
    } else if (!people
        && (k.equals("in") || k.equals("at") || k.equals("inside") || k.equals("from"))
        && namesPlace(w, i + 1)) {
      np = i + 1;
    } else {
      return i;
    }
    return nounPhraseEnd(w, np);
  }

  private static boolean namesPlace(WordWindow w, int i) {
    for (int k = i; k < Math.min(w.size(), i + 3); k++) {
      if (w.rawCovering(k) != null) {
        return true;
      }
    }
    return false;
  }

  private static int nounPhraseEnd(WordWindow w, int i) {
    int k = i;
    while (k < w.size() && k < i + 7) {
      var word = w.word(k);
      boolean part = word.isAlphanumeric() || word.isPossessive();
      if (!part || AFTER_NOUN.contains(word.key()) && !word.key().equals("the")) {
        break;
      }
      k++;
    }
    return k;
  }

  private static @Nullable ActorId partyIn(WordWindow w, int from, int to) {
    for (int i = from; i < to; i++) {
      ActorId a = w.partyAt(i);
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}
