package org.parley.extract.meeting;

import static org.parley.extract.meeting.FunctionWords.COMPLEMENTISERS;
import static org.parley.extract.meeting.FunctionWords.CONJUNCTIONS;
import static org.parley.extract.meeting.FunctionWords.DETERMINERS;
import static org.parley.extract.meeting.FunctionWords.GROUPS;
import static org.parley.extract.meeting.FunctionWords.PREPOSITIONS;
import static org.parley.extract.meeting.FunctionWords.STOPS;
import static org.parley.extract.meeting.FunctionWords.key;

import java.util.ArrayList;
import java.util.List;
import org.parley.language.text.Word;

/**
 * The subject of a meeting word's verb or of the clause it modifies: the last party before it in
 * its clause (after any complementiser) that is neither the object of a preposition nor of a verb,
 * with the parties coordinated with it ("Putin and Scholz", "Plötner and diplomatic adviser
 * Bonne"); or, after a fronted "During a meeting with X," phrase, the first party after its comma.
 * Stateless.
 */
final class Subjects {
  private Subjects() {}

  /** The subject before normalised offset {@code at}, in the clause from {@code clauseStart}. */
  static List<Party> before(List<Word> ws, List<Party> ps, int at, int clauseStart) {
    int from = Math.max(clauseStart, complementStart(ws, at));
    int last = -1;
    for (int j = 0; j < ps.size(); j++) {
      Party p = ps.get(j);
      if (p.start() >= from && p.end() <= at && !isPrepositional(ws, p) && !isObject(ws, p)) {
        last = j;
      }
    }
    return last < 0 ? List.of() : coordinated(ws, ps, last, from);
  }

  /**
   * The subject of the main clause after a fronted "During a meeting with X in Y," phrase whose
   * object phrase ends at {@code from}: the first party after the comma that closes it.
   */
  static List<Party> afterFrontedPhrase(List<Word> ws, List<Party> ps, int from) {
    int k = SentenceParties.indexAt(ws, from);
    int comma = -1;
    for (int n = k; n < Math.min(ws.size(), k + 5) && comma < 0; n++) {
      comma = ws.get(n).key().equals(",") ? n : -1;
    }
    if (comma < 0) {
      return List.of();
    }
    for (int j = 0; j < ps.size(); j++) {
      Party p = ps.get(j);
      int at = SentenceParties.indexAt(ws, p.start());
      if (at > comma && at - comma <= 8 && !isPrepositional(ws, p)) {
        return coordinated(ws, ps, lastOfSpan(ps, j), p.start());
      }
    }
    return List.of();
  }

  /**
   * Whether a preposition (possibly with "the") comes right before the party, other than the "of"
   * or "from" that says whom a group belongs to ("advisers of the Normandy Four").
   */
  static boolean isPrepositional(List<Word> ws, Party p) {
    int k = SentenceParties.indexAt(ws, p.start()) - 1;
    if (k >= 0 && ws.get(k).key().equals("the")) {
      k--;
    }
    if (k < 0 || !PREPOSITIONS.contains(ws.get(k).key()) || p.how().equals("first-person")) {
      return false;
    }
    String key = ws.get(k).key();
    boolean owner = (key.equals("of") || key.equals("from")) && GROUPS.contains(key(ws, k - 1));
    return !owner;
  }

  /**
   * Whether the party follows a verb as its object ("providing Russia with ..."), not a subject:
   * the word before it (past determiners) is a lower-case word other than a conjunction.
   */
  private static boolean isObject(List<Word> ws, Party p) {
    int k = SentenceParties.indexAt(ws, p.start()) - 1;
    while (k >= 0 && DETERMINERS.contains(ws.get(k).key())) {
      k--;
    }
    if (k < 0 || !ws.get(k).isAlphanumeric() || p.how().equals("first-person")) {
      return false;
    }
    String key = ws.get(k).key();
    return !CONJUNCTIONS.contains(key) && !PREPOSITIONS.contains(key) && !ws.get(k).isCapitalized();
  }

  /**
   * Where the clause that holds offset {@code at} starts after a complementiser ("Zelensky noted
   * that the details will be discussed during the meeting": the subject is not Zelensky), or 0.
   */
  private static int complementStart(List<Word> ws, int at) {
    int start = 0;
    for (Word w : ws) {
      if (w.end() > at) {
        break;
      }
      if (COMPLEMENTISERS.contains(w.key()) || w.key().equals(":") || w.key().equals("\"")) {
        start = w.end();
      }
    }
    return start;
  }

  private static int lastOfSpan(List<Party> ps, int j) {
    int k = j;
    while (k + 1 < ps.size() && ps.get(k + 1).start() == ps.get(j).start()) {
      k++;
    }
    return k;
  }

  /** Party {@code last} with the parties joined to it by "and" or commas, in text order. */
  private static List<Party> coordinated(List<Word> ws, List<Party> ps, int last, int from) {
    List<Party> out = new ArrayList<>();
    out.add(ps.get(last));
    Party right = ps.get(last);
    for (int j = last - 1; j >= 0 && ps.get(j).start() >= from; j--) {
      Party left = ps.get(j);
      if (isPrepositional(ws, left)
          || left.end() > right.start() && left.start() != right.start()) {
        continue;
      }
      if (left.start() != right.start() && !isJoined(ws, left.end(), right.start())) {
        break;
      }
      out.add(0, left);
      right = left;
    }
    return out;
  }

  /**
   * Whether only "and", commas, "together with" and up to two describing words lie between two
   * offsets ("Plötner and diplomatic adviser Bonne"); a list needs its "and" or comma, after which
   * title words may follow ("and Ambassador of France to Ukraine Jean Dupont").
   */
  private static boolean isJoined(List<Word> ws, int from, int to) {
    boolean glue = false;
    int other = 0;
    for (Word w : ws) {
      if (w.start() < from || w.end() > to) {
        continue;
      }
      String k = w.key();
      boolean title = w.isCapitalized() || k.equals("of") || k.equals("the") || k.equals("to");
      if (k.equals("and") || k.equals(",") || k.equals("&")) {
        glue = true;
      } else if (k.equals("together") || k.equals("with") || k.equals("along") || glue && title) {
        continue;
      } else if (STOPS.contains(k) || !w.isAlphanumeric() || k.endsWith("ed") || ++other > 2) {
        return false;
      }
    }
    return glue;
  }
}
