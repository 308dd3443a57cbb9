package org.parley.language.mention;

import java.util.Set;

/**
 * Definite descriptions of a person that coreference must resolve: "the" followed by role words and
 * party names up to a role head, and an optional "of …" complement of capitalised words or parties
 * ("the Kremlin leader", "the Deputy Prime Minister", "the Head of State", "the Head of the Office
 * of the President", "the President of the Republic of Turkey", "the US president").
 */
final class RoleDescriptions {
  private RoleDescriptions() {}

  static void find(WordWindow w) {
    for (int i = 0; i < w.size(); i++) {
      boolean ofOffice =
          w.key(i - 1).equals("of")
              && Set.of("office", "administration", "secretariat", "apparatus", "staff")
                  .contains(w.key(i - 2));
      if (w.isFreeThe(i) && !ofOffice) {
        int end = read(w, i + 1);
        if (end > i + 1) {
          String key = w.key(lastHead(w, i + 1, end));
          boolean plural = key.endsWith("s") && !key.equals("chiefs");
          RoleMention m =
              new RoleMention(
                  w.span(i, end),
                  w.original(i, end),
                  RolePhrases.roleText(w, i, end),
                  RolePhrases.party(w, i + 1, end),
                  plural);
          w.add(m, i, end);
          i = end - 1;
        }
      }
    }
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
