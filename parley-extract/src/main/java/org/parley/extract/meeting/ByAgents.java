package org.parley.extract.meeting;

import static org.parley.extract.meeting.FunctionWords.STOPS;
import static org.parley.extract.meeting.FunctionWords.key;
import static org.parley.extract.meeting.FunctionWords.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.language.text.Word;

/**
 * The participants a meeting noun's passive participles name after it: "a conference hosted by X",
 * "the talks, chaired by X and attended by Y" (the host and the attendees take part). A participle
 * counts only a few words after the noun, in its sentence; each "by" phrase runs to the next word
 * that ends a phrase. Stateless.
 */
final class ByAgents {
  private static final Set<String> PARTICIPLES =
      words("hosted co-hosted cohosted attended chaired convened organised organized led");

  /** How many words after the noun its participle may stand ("for a conference on X, hosted"). */
  private static final int REACH = 12;

  private ByAgents() {}

  /** The parties {@code ps} that "by" phrases after noun trigger {@code t} name. */
  static List<Party> after(List<Word> ws, List<Party> ps, Trigger t) {
    List<Party> out = new ArrayList<>();
    int limit = Math.min(ws.size(), t.word() + 1 + REACH);
    for (int k = t.word() + 1; k < ws.size(); k++) {
      String w = key(ws, k);
      if (w.equals(".") || w.equals(";")) {
        break;
      }
      if (PARTICIPLES.contains(w) && key(ws, k + 1).equals("by") && k < limit) {
        int end = phraseEnd(ws, k + 2);
        for (Party p : ps) {
          if (p.start() >= ws.get(k + 1).end() && p.start() < end && !out.contains(p)) {
            out.add(p);
          }
        }
        limit = k + 2 + REACH;
      }
    }
    return out;
  }

  /** Where a "by" phrase starting at word {@code from} ends (normalised offset). */
  private static int phraseEnd(List<Word> ws, int from) {
    int end = from < ws.size() ? ws.get(from).start() : Integer.MAX_VALUE;
    for (int k = from; k < ws.size(); k++) {
      String w = key(ws, k);
      if (w.equals(".") || w.equals(";") || STOPS.contains(w)) {
        break;
      }
      end = ws.get(k).end();
    }
    return end;
  }
}
