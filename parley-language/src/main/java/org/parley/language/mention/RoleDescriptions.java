package org.parley.language.mention;

import java.util.Set;

/**
 * Descriptions of a person that coreference must resolve: "the" followed by role words and party
 * names up to a role head, and an optional "of …" complement of capitalised words or parties ("the
 * Kremlin leader", "the Deputy Prime Minister", "the Head of State", "the Head of the Office of the
 * President", "the President of the Republic of Turkey", "the US president"); a party's possessive
 * before role words up to a singular head ("Ukraine's foreign minister", "Moscow's envoy") when no
 * name follows; plural ones, numerals included ("the leaders", "the two presidents"); and a spouse
 * described through the office ("the President's wife").
 */
final class RoleDescriptions {
  private static final Set<String> OFFICES =
      Set.of("office", "administration", "secretariat", "apparatus", "staff");
  private static final Set<String> NUMERALS = Set.of("two", "three", "four", "both", "several");
  private static final Set<String> GENERIC = Set.of("state", "government");
  private static final Set<String> KIN = Set.of("wife", "husband", "spouse", "widow");

  private RoleDescriptions() {}

  static void find(WordWindow w) {
    for (int i = 0; i < w.size(); i++) {
      boolean ofOffice = w.key(i - 1).equals("of") && OFFICES.contains(w.key(i - 2));
      int start = -1;
      int from = -1;
      if (w.isFreeThe(i) && !ofOffice) {
        start = i;
        from = NUMERALS.contains(w.key(i + 1)) && w.isFree(i + 1, i + 2) ? i + 2 : i + 1;
      } else if (isPartyPossessive(w, i)) {
        start = w.rawCovering(i).start();
        from = i + 2;
      }
      if (start >= 0) {
        int end = read(w, from);
        if (end > from && w.key(end).equals("'s") && KIN.contains(w.key(end + 1))) {
          end += 2; // "the President's wife" describes the wife, not the President
        }
        if (end > from) {
          add(w, start, from, end);
          i = end - 1;
        }
      }
    }
  }

  private static void add(WordWindow w, int start, int from, int end) {
    String key = w.key(lastHead(w, from, end));
    boolean plural = key.endsWith("s") && !key.equals("chiefs");
    RoleMention m =
        new RoleMention(
            w.span(start, end),
            w.original(start, end),
            RolePhrases.roleText(w, start, end),
            RolePhrases.party(w, start, end),
            plural);
    w.add(m, start, end);
  }

  /**
   * Whether word {@code i} ends a free, capitalised name of a party or of a place of a party's
   * territory ("Lviv's governor") followed by "'s".
   */
  private static boolean isPartyPossessive(WordWindow w, int i) {
    WordWindow.Raw r = w.rawCovering(i);
    return r != null
        && r.end() == i + 1
        && r.outlet() == null
        && w.partyAt(i) != null
        && w.word(r.start()).isCapitalized()
        && w.isFree(r.start(), i + 2)
        && i + 1 < w.size()
        && w.word(i + 1).isPossessive()
        && isSingularHead(headAhead(w, i + 2));
  }

  /** A singular role head: "Ukraine's officials" stays the party's mention, not a description. */
  private static boolean isSingularHead(String key) {
    return Lexicon.ROLE_HEADS.contains(key) && !key.endsWith("s");
  }

  /** The first role head among the few words from {@code k}, or "" (a cheap pre-check). */
  private static String headAhead(WordWindow w, int k) {
    for (int j = k; j < Math.min(w.size(), k + 4); j++) {
      if (Lexicon.ROLE_HEADS.contains(w.key(j))) {
        return w.key(j);
      }
      if (!Lexicon.ROLE_WORDS.contains(w.key(j))) {
        return "";
      }
    }
    return "";
  }

  /** The end of a role description starting at word {@code i}, or {@code i} when none. */
  private static int read(WordWindow w, int i) {
    int k = i;
    int headEnd = -1;
    while (k < w.size() && w.isFree(k, k + 1) && isModifierOrHead(w, k)) {
      if (Lexicon.ROLE_HEADS.contains(w.key(k))) {
        headEnd = k + 1;
      }
      k++;
    }
    if (headEnd < 0) {
      return i;
    }
    int end = ofComplement(w, headEnd);
    if (end < w.size() && startsName(w, end)) {
      return i; // "the spokesman John Kirby" is a person phrase, not a description
    }
    return end;
  }

  private static boolean isModifierOrHead(WordWindow w, int k) {
    var word = w.word(k);
    String key = word.key();
    if (Lexicon.ROLE_HEADS.contains(key) || Lexicon.ROLE_WORDS.contains(key) || word.is('-')) {
      return true;
    }
    WordWindow.Raw r = w.rawCovering(k);
    return r != null && r.actor() != null
        || word.isPossessive() && k > 0 && w.partyAt(k - 1) != null;
  }

  /** Extends over "of [the] Capitalised …" chains: "of the Office of the President". */
  private static int ofComplement(WordWindow w, int k) {
    int end = k;
    int j = k;
    while (j + 1 < w.size() && w.key(j).equals("of") && w.isFree(j, j + 1)) {
      int m = j + 1;
      if (w.key(m).equals("the")) {
        m++;
      }
      int n = m;
      while (n < w.size() && w.isFree(n, n + 1) && isComplementWord(w, n)) {
        n++;
      }
      if (n == m && m == j + 1 && GENERIC.contains(w.key(m)) && w.isFree(m, m + 1)) {
        n = m + 1; // "the Ukrainian head of state", lower case
      }
      if (n == m) {
        break;
      }
      end = n;
      j = n;
    }
    return end;
  }

  private static boolean isComplementWord(WordWindow w, int n) {
    var word = w.word(n);
    return word.isCapitalized() && word.isAlphanumeric()
        || word.isPossessive()
        || w.rawCovering(n) != null && w.rawCovering(n).actor() != null;
  }

  private static boolean startsName(WordWindow w, int i) {
    return w.raw(i) != null && w.raw(i).has(org.parley.kb.Person.class);
  }

  private static int lastHead(WordWindow w, int from, int to) {
    int h = from;
    for (int k = from; k < to; k++) {
      if (Lexicon.ROLE_HEADS.contains(w.key(k))) {
        h = k;
        if (w.key(k + 1).equals("of")) {
          break;
        }
      }
    }
    return h;
  }
}
