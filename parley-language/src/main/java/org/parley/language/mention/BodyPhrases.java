package org.parley.language.mention;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.language.internal.ReportingVerbs;
import org.parley.model.ActorId;

/**
 * Bodies that speak for a party: a ministry, a council, an agency, a command named with the party
 * ("Russia's foreign ministry", "the UK's Ministry of Defence", "Mariupol city council": a city of
 * a state), or without it where the document says whose it is ("its defence ministry": the party
 * named last; "the ministry": the body with that head named before in the document). "It" before a
 * reporting verb ("…, it said") is the party or body named last before it. Each becomes an {@link
 * ActorMention} of form {@link ActorForm#BODY}.
 */
final class BodyPhrases {
  private static final int MAX_MODIFIERS = 5;

  private BodyPhrases() {}

  static void find(WordWindow w, Introductions intro) {
    for (int i = 0; i < w.size(); i++) {
      if (Lexicon.BODY_HEADS.contains(w.key(i)) && w.isFree(i, i + 1)) {
        i = body(w, i, intro);
      } else if (w.key(i).equals("it")
          && ReportingVerbs.contains(w.key(i + 1))
          && w.isFree(i, i + 1)
          && intro.lastActor() != null) {
        ActorMention last = intro.lastActor();
        add(w, i, i + 1, last.holder());
      }
    }
  }

  /** Reads the body phrase whose head is word {@code head}; returns the last word read. */
  private static int body(WordWindow w, int head, Introductions intro) {
    int start = modifierStart(w, head);
    if (isAdjectiveGroup(w, start, head)) {
      return head; // "the Russian foreign ministry" is the party's adjective form
    }
    int end = complement(w, head + 1);
    Owner owner = owner(w, start, head, end, intro);
    if (owner.party() == null || !w.isFree(owner.from(), end)) {
      return head;
    }
    ActorMention m = add(w, owner.from(), end, owner.party());
    intro.introduceBody(w.key(head), m);
    return end - 1;
  }

  /** The first of up to {@code MAX_MODIFIERS} free modifiers before the head word. */
  private static int modifierStart(WordWindow w, int head) {
    int start = head;
    while (start > 0
        && head - start < MAX_MODIFIERS
        && w.isFree(start - 1, start)
        && isModifier(w, start - 1)) {
      start--;
    }
    return start;
  }

  /**
   * Whose body the phrase {@code [start, end)} names, and where its mention starts: a party in the
   * phrase, a possessive party before it, the last actor for "its"/"their", or the party an earlier
   * "the" phrase with the same head was introduced with.
   */
  private static Owner owner(WordWindow w, int start, int head, int end, Introductions intro) {
    String opener = w.key(start - 1);
    ActorId party = RolePhrases.party(w, start, end);
    int from = start;
    if (party == null && w.key(start - 1).equals("'s") && w.partyAt(start - 2) != null) {
      WordWindow.Raw r = w.rawCovering(start - 2);
      from = r == null ? start - 2 : r.start();
      from = w.isFreeThe(from - 1) ? from - 1 : from;
      party = w.partyAt(start - 2);
    } else if (party == null && (opener.equals("its") || opener.equals("their"))) {
      party = intro.lastActor() == null ? null : intro.lastActor().holder();
      from = start - 1;
    } else if (party == null && opener.equals("the")) {
      ActorMention earlier = intro.body(w.key(head));
      party = earlier == null ? null : earlier.holder();
    }
    if (opener.equals("the") && from == start) {
      from = start - 1;
    }
    return new Owner(party, from);
  }

  /** The party a body phrase belongs to, if known, and the word its mention starts at. */
  private record Owner(@Nullable ActorId party, int from) {}

  /** Records a party's mention that ends in a body's head ("the Russian foreign ministry"). */
  static void noteBody(WordWindow w, ActorMention m, Introductions intro) {
    String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    if (m.form() != ActorForm.BODY && Lexicon.BODY_HEADS.contains(last)) {
      intro.introduceBody(last, m);
    }
  }

  private static boolean isAdjectiveGroup(WordWindow w, int start, int head) {
    WordWindow.Raw r = w.rawCovering(start);
    return Lexicon.GROUP_NOUNS.contains(w.key(head))
        && r != null
        && r.readings().stream().anyMatch(a -> a.reading() == org.parley.kb.Reading.ADJECTIVE);
  }

  private static ActorMention add(WordWindow w, int from, int to, ActorId party) {
    ActorMention m =
        new ActorMention(
            w.span(from, to), w.original(from, to), party, ActorForm.BODY, false, List.of());
    w.add(m, from, to);
    return m;
  }

  /** A word that may stand before a body's head: a field, a party, a place, a capitalised word. */
  private static boolean isModifier(WordWindow w, int i) {
    String k = w.key(i);
    if (k.equals("the") || k.equals("its") || k.equals("their") || !w.word(i).isAlphanumeric()) {
      return false;
    }
    return Lexicon.ROLE_WORDS.contains(k)
        || Lexicon.MINISTRY_FIELDS.contains(k)
        || Lexicon.BODY_FIELDS.contains(k)
        || w.rawCovering(i) != null
        || w.word(i).isCapitalized();
  }

  /** The end of an "of [the] Capitalised …" complement after a head ("Ministry of Defence"). */
  private static int complement(WordWindow w, int k) {
    if (!w.key(k).equals("of")) {
      return k;
    }
    int m = w.key(k + 1).equals("the") ? k + 2 : k + 1;
    int n = m;
    while (n < w.size()
        && (w.word(n).isCapitalized() || w.key(n).equals("of"))
        && w.isFree(n, n + 1)) {
      n++;
    }
    while (n > m && w.key(n - 1).equals("of")) {
      n--;
    }
    return n > m ? n : k;
  }
}
