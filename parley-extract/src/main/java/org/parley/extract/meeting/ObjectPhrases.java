package org.parley.extract.meeting;

import static org.parley.extract.meeting.FunctionWords.ABBREVIATIONS;
import static org.parley.extract.meeting.FunctionWords.ADVERBIALS;
import static org.parley.extract.meeting.FunctionWords.COMPLEMENTS;
import static org.parley.extract.meeting.FunctionWords.DETERMINERS;
import static org.parley.extract.meeting.FunctionWords.ENVOYS;
import static org.parley.extract.meeting.FunctionWords.STOPS;
import static org.parley.extract.meeting.FunctionWords.key;

import java.util.List;
import org.parley.language.text.Word;

/**
 * The words after a meeting word that name whom the contact was with: past adverbials ("by phone")
 * and a place or day ("in Bali", "on Friday"), from the complement word ("with", "between", "of")
 * to the word that ends the phrase; for a verb also a direct object ("met Macron"), which must name
 * its party straight away. Stateless.
 */
final class ObjectPhrases {
  private final MeetingWords words;

  ObjectPhrases(MeetingWords words) {
    this.words = words;
  }

  /**
   * The [start, end) of the words after {@code t} that name whom it was with, and 1 when a
   * complement word opens them (0 for a direct object). A "with" a few words on counts too ("talked
   * about it today with ...").
   */
  int[] of(List<Word> ws, Trigger t, boolean direct) {
    int k = skipAdverbials(ws, skipLocative(ws, skipAdverbials(ws, t.word() + 1)));
    boolean complement = k < ws.size() && COMPLEMENTS.contains(ws.get(k).key());
    if (!complement) {
      int with = laterWith(ws, k);
      complement = with >= 0;
      k = complement ? with : k;
    }
    if (complement) {
      k++;
    } else if (!direct) {
      return new int[] {t.end(), t.end(), 0};
    }
    if (k >= ws.size()) {
      return new int[] {t.end(), t.end(), 0};
    }
    int start = ws.get(k).start();
    int end = start;
    for (int n = 0; k < ws.size() && n < 30; k++, n++) {
      if (isStop(ws, k)) {
        break;
      }
      end = ws.get(k).end();
    }
    return new int[] {start, end, complement ? 1 : 0};
  }

  /**
   * Whether the object phrase starting at {@code start} names {@code first} straight away, after at
   * most determiners and title words ("met the Prime Minister of X", not "received assurances from
   * X"), and not as the owner of something else ("called Lavrov's statement ...").
   */
  static boolean startsWithParty(List<Word> ws, int start, Party first) {
    int after = SentenceParties.indexAt(ws, first.end());
    if (after < ws.size() && ws.get(after).isPossessive()) {
      return false;
    }
    int n = 0;
    for (Word w : ws) {
      if (w.start() >= start && w.end() <= first.start()) {
        boolean title =
            w.isCapitalized()
                || DETERMINERS.contains(w.key())
                || w.key().equals("of")
                || w.key().equals(",")
                || OfficeHolders.isOfficeWord(w.key());
        if (!title || ++n > 8) {
          return false;
        }
      }
    }
    return true;
  }

  private static int skipAdverbials(List<Word> ws, int from) {
    int k = from;
    while (k < ws.size() && k - from < 3 && ADVERBIALS.contains(ws.get(k).key())) {
      k++;
    }
    return k;
  }

  /** Past "in Bali", "at the Kremlin" or "on Friday" right after the meeting word. */
  private static int skipLocative(List<Word> ws, int k) {
    String key = key(ws, k);
    if (!(key.equals("in") || key.equals("at") || key.equals("on"))) {
      return k;
    }
    int n = key(ws, k + 1).equals("the") ? k + 2 : k + 1;
    if (n >= ws.size() || !ws.get(n).isCapitalized()) {
      return k;
    }
    while (n < ws.size() && ws.get(n).isCapitalized()) {
      n++;
    }
    return n;
  }

  /** The index of a "with" within the next few words, before any name or stop, or -1. */
  private int laterWith(List<Word> ws, int from) {
    for (int k = from; k < Math.min(ws.size(), from + 9); k++) {
      Word w = ws.get(k);
      if (w.key().equals("with")) {
        return k;
      }
      if ((!w.isAlphanumeric() && !w.key().equals("-"))
          || words.word(w.key()).isPresent()
          || w.isCapitalized()) {
        return -1;
      }
    }
    return -1;
  }

  private boolean isStop(List<Word> ws, int k) {
    Word w = ws.get(k);
    String key = w.key();
    if (key.equals("to")) {
      return !ENVOYS.contains(key(ws, k - 1));
    }
    if (key.equals(",")) {
      Word next = k + 1 < ws.size() ? ws.get(k + 1) : null;
      return next == null
          || !(next.isCapitalized()
              || DETERMINERS.contains(next.key())
              || next.key().equals("and"));
    }
    if (key.equals(".")) {
      return !ABBREVIATIONS.contains(key(ws, k - 1)) && key(ws, k - 1).length() != 1;
    }
    if ((key.equals("at") || key.equals("for") || key.equals("as")) && isNamed(ws, k + 1)) {
      return false;
    }
    if (key.equals("as") && key(ws, k + 1).equals("well")) {
      return false;
    }
    boolean punct = !w.isAlphanumeric() && !w.isPossessive() && !key.equals("&");
    boolean verbLike =
        !w.isCapitalized() && (key.endsWith("ed") || key.endsWith("ing")) && key.length() > 4;
    return punct || STOPS.contains(key) || words.word(key).isPresent() || verbLike;
  }

  /** Whether a capitalised name starts at {@code k}, after an optional "the". */
  private static boolean isNamed(List<Word> ws, int k) {
    int n = key(ws, k).equals("the") ? k + 1 : k;
    return n < ws.size() && ws.get(n).isCapitalized();
  }
}
