package org.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.language.text.Word;

/**
 * The meeting words of a sentence, with the structure that tells a contact from a homonym: "calls
 * for" and "called on" are demands, a "news conference" is no summit, "speaking of" is no talk; a
 * word a later meeting word heads ("round of talks", "summit meeting") gives way to it; "phone",
 * "telephone" or "video" before a word, or "by phone" after it, makes the contact a call.
 * Stateless.
 */
final class TriggerFinder {
  private static final Set<String> NOT_A_CALL =
      FunctionWords.words(
          "for on upon to it them this that a an off out up in back him her "
              + "themselves itself");
  private static final Set<String> CALL_MODIFIERS =
      Set.of("phone", "telephone", "video", "online", "videoconference");
  private static final Set<String> BY_PHONE = Set.of("phone", "telephone", "video");
  private static final Set<String> DETERMINERS =
      FunctionWords.words("the a an this that their his her its our");

  /** Words after "spoke" that make it a stand, not a contact ("spoke in favour of"). */
  private static final Set<String> SPOKE_FOR = Set.of("of", "out", "in", "against", "up");

  private static final Set<String> NOT_SUMMITS = Set.of("news", "press", "media");
  private static final Set<String> ROUND_MARKERS =
      FunctionWords.words(
          "first second third fourth fifth latest new next previous last another "
              + "recent this that final further one");

  private final MeetingWords words;

  TriggerFinder(MeetingWords words) {
    this.words = words;
  }

  /** The meeting words among {@code ws}, the words of one sentence, in order. */
  List<Trigger> find(List<Word> ws) {
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      Optional<MeetingWords.Entry> e = words.word(ws.get(i).key());
      if (e.isPresent() && isContact(ws, i, e.get()) && !isHeadedByNext(ws, i, e.get())) {
        Word w = ws.get(i);
        out.add(
            new Trigger(i, w.start(), w.end(), kindOf(ws, i, e.get()), e.get().verb(), w.key()));
      }
    }
    return out;
  }

  /** Whether the word at {@code i} reports a contact rather than a homonym. */
  private static boolean isContact(List<Word> ws, int i, MeetingWords.Entry e) {
    String key = ws.get(i).key();
    String next = key(ws, i + 1);
    String prev = key(ws, i - 1);
    return switch (key) {
      case "call", "calls" -> !NOT_A_CALL.contains(next) || prev.equals("phone");
      case "called" -> !ws.get(i).hyphenated() && !NOT_A_CALL.contains(next) && isWordAt(ws, i + 1);
      case "conference" -> !NOT_SUMMITS.contains(prev);
      case "speaking", "speak", "speaks", "spoke" -> !SPOKE_FOR.contains(next);
      case "round" -> ROUND_MARKERS.contains(prev) || next.equals("of");
      case "talk" -> !prev.equals("small");
      case "gathering" -> DETERMINERS.contains(prev) || !e.verb() && prev.equals("this");
      default -> true;
    };
  }

  /** Whether a later meeting word heads this one's phrase ("round of talks", "summit meeting"). */
  private boolean isHeadedByNext(List<Word> ws, int i, MeetingWords.Entry e) {
    if (e.verb()) {
      return false;
    }
    int k = key(ws, i + 1).equals("of") ? i + 2 : i + 1;
    return k < ws.size() && words.word(ws.get(k).key()).filter(n -> !n.verb()).isPresent();
  }

  private static ContactKind kindOf(List<Word> ws, int i, MeetingWords.Entry e) {
    if (e.kind() == ContactKind.SUMMIT && !key(ws, i - 1).equals("video")) {
      return e.kind(); // addressed by video, a summit still takes place somewhere
    }
    if (CALL_MODIFIERS.contains(key(ws, i - 1))) {
      return ContactKind.CALL;
    }
    for (int k = i + 1; k < Math.min(ws.size(), i + 5); k++) {
      if ((key(ws, k).equals("by") || key(ws, k).equals("via") || key(ws, k).equals("over"))
          && (BY_PHONE.contains(key(ws, k + 1)) || BY_PHONE.contains(key(ws, k + 2)))) {
        return ContactKind.CALL;
      }
    }
    return e.kind();
  }

  private static boolean isWordAt(List<Word> ws, int i) {
    return i < ws.size() && ws.get(i).isAlphanumeric();
  }

  private static String key(List<Word> ws, int i) {
    return i < 0 || i >= ws.size() ? "" : ws.get(i).key();
  }
}
