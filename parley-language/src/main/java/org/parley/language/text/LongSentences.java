package org.parley.language.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than {@link #MAX_CHARS} (a run-on line, a list without full stops, text
 * without punctuation) into pieces of at most that length, so that the stages whose cost grows with
 * the square of a sentence's length (tagging, the rules' look-backs within a sentence) cost time in
 * proportion to the document. A piece ends after the last clause mark ({@code , ; :}) followed by a
 * space in the second half of its window, else at the last space there, else at {@link #MAX_CHARS}
 * (never inside a surrogate pair). News sentences are far shorter: the longest of the 2,203-article
 * corpus has 1,114 characters. Works on normalised offsets. Stateless.
 */
final class LongSentences {
  /** The longest sentence kept whole. */
  static final int MAX_CHARS = 2000;

  private LongSentences() {}

  /** {@code sentences} (normalised [start, end) pairs, in order) with long ones cut. */
  static List<int[]> cut(String text, List<int[]> sentences) {
    List<int[]> out = new ArrayList<>(sentences.size());
    for (int[] r : sentences) {
      int start = r[0];
      while (r[1] - start > MAX_CHARS) {
        int end = breakBefore(text, start, start + MAX_CHARS);
        out.add(new int[] {start, end});
        start = end;
      }
      out.add(new int[] {start, r[1]});
    }
    return out;
  }

  /** Where a piece starting at {@code start} ends, at or before {@code limit}. */
  private static int breakBefore(String text, int start, int limit) {
    int half = start + MAX_CHARS / 2;
    int space = -1;
    for (int i = limit; i > half; i--) {
      if (text.charAt(i - 1) == ' ') {
        char before = text.charAt(i - 2);
        if (before == ',' || before == ';' || before == ':') {
          return i;
        }
        space = space < 0 ? i : space;
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }
}
