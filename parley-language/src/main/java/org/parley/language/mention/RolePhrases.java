package org.parley.language.mention;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * Role phrases before a name ("Russian President", "Head of the President's Office", "Deputy Prime
 * Minister - Minister for Reintegration of the Temporarily Occupied Territories") and in a left
 * appositive ("the Luhansk regional governor, ", "Ukraine's president, "). A phrase must hold a
 * role head noun; its party is the first party it names.
 */
final class RolePhrases {
  private RolePhrases() {}

  /** A role phrase: words [start, end), and the party it names. */
  record Role(int start, int end, @Nullable ActorId party) {}

  /** The role phrase that ends right before word {@code nameStart}, or null. */
  static @Nullable Role before(WordWindow w, int nameStart) {
    int j = nameStart;
    while (j > 0 && isRoleWord(w, j - 1)) {
      j--;
    }
    while (j < nameStart && !isGoodStart(w, j)) {
      j++;
    }
    if (j == nameStart
        || !hasHead(w, j, nameStart)
        || Lexicon.CONNECTORS.contains(w.key(nameStart - 1))) {
      return null;
    }
    return new Role(j, nameStart, party(w, j, nameStart));
  }

  /**
   * The appositive role phrase before the comma at word {@code comma} ("the Luhansk regional
   * governor, Serhiy Haidai", "the head of the European Commission, Ursula von der Leyen"): back to
   * the nearest determiner that leaves a role head in the phrase, or a possessive party, at most
   * eight words.
   */
  static @Nullable Role appositive(WordWindow w, int comma) {
    int possessor = -1;
    for (int j = comma - 1; j >= 0 && j >= comma - 8; j--) {
      if (!w.isFree(j, j + 1) && w.rawCovering(j) == null) {
        break;
      }
      String k = w.key(j);
      if (org.parley.language.internal.ReportingVerbs.contains(k)) {
        break; // "the president said his counterpart, Name": the appositive starts after the verb
      }
      if ((k.equals("the") || k.equals("a") || k.equals("an")) && hasHead(w, j, comma)) {
        return new Role(j, comma, party(w, j, comma));
      }
      if (w.key(j + 1).equals("'s") && w.partyAt(j) != null && possessor < 0) {
        possessor = startOfMatch(w, j);
      }
      if (!w.word(j).isAlphanumeric() && !w.word(j).isPossessive()) {
        break;
      }
    }
    if (possessor >= 0 && hasHead(w, possessor, comma)) {
      return new Role(possessor, comma, party(w, possessor, comma));
    }
    return null;
  }

  /**
   * The right appositive after a name ending before word {@code nameEnd} ("Franz-Stefan Gady, a
   * research fellow at …,"): a comma, then up to 13 words, a role head among the first five, to the
   * next comma or the end of the sentence.
   */
  static @Nullable Role after(WordWindow w, int nameEnd) {
    if (nameEnd >= w.size() || !w.word(nameEnd).is(',')) {
      return null;
    }
    int start = nameEnd + 1;
    int end = start;
    while (end < w.size() && end < start + 14 && !w.word(end).is(',') && !w.word(end).is('.')) {
      end++;
    }
    if (end == start || end - start >= 14 || !hasHead(w, start, Math.min(end, start + 5))) {
      return null;
    }
    for (int i = start; i < end; i++) {
      WordWindow.Raw r = w.raw(i);
      if (r != null && r.has(org.parley.kb.Person.class)) {
        return null; // "…, President of Ukraine Volodymyr Zelenskyy met" introduces another name
      }
    }
    return new Role(start, end, party(w, start, end));
  }

  static boolean hasHead(WordWindow w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Lexicon.ROLE_HEADS.contains(w.key(i))) {
        return true;
      }
    }
    return false;
  }

  static @Nullable ActorId party(WordWindow w, int from, int to) {
    for (int i = from; i < to; i++) {
      ActorId a = w.partyAt(i);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private static int startOfMatch(WordWindow w, int j) {
    WordWindow.Raw r = w.rawCovering(j);
    return r == null ? j : r.start();
  }

  private static boolean isRoleWord(WordWindow w, int i) {
    if (!w.isFree(i, i + 1)) {
      return false;
    }
    var word = w.word(i);
    String k = word.key();
    if (Lexicon.ROLE_HEADS.contains(k) || Lexicon.ROLE_WORDS.contains(k)) {
      return true;
    }
    if (Lexicon.CONNECTORS.contains(k) || word.isPossessive() || word.is('-')) {
      return true;
    }
    if (word.isCapitalized() && inTitleComplement(w, i)) {
      return true; // the complement of a title: "Minister of Economic Development"
    }
    WordWindow.Raw r = w.rawCovering(i);
    return r != null
        && r.outlet() == null
        && word.isCapitalized()
        && r.readings().stream().noneMatch(a -> a.entry() instanceof org.parley.kb.Person);
  }

  /** Whether capitalised word {@code i} follows "of" or "for" through capitalised words only. */
  private static boolean inTitleComplement(WordWindow w, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String key = w.key(k);
      if (key.equals("of") || key.equals("for")) {
        return true;
      }
      if (!w.word(k).isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  private static boolean isGoodStart(WordWindow w, int i) {
    var word = w.word(i);
    String k = word.key();
    if (k.equals("the")) {
      return true;
    }
    if (Lexicon.CONNECTORS.contains(k) || word.isPossessive() || word.is('-')) {
      return false;
    }
    return Lexicon.ROLE_HEADS.contains(k)
        || Lexicon.ROLE_WORDS.contains(k) && word.isCapitalized()
        || w.rawCovering(i) != null;
  }

  /** The lower-case text of a role phrase without a leading article. */
  static String roleText(WordWindow w, int from, int to) {
    String s = w.original(from, to).toLowerCase(Locale.ROOT);
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
