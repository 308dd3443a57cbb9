package org.parley.language.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into paragraphs at blank lines (a line holding only white space counts as
 * blank). Stateless and thread-safe.
 */
final class ParagraphSplitter {
  /** The paragraphs of {@code text}, each as normalised [start, end) offsets, trimmed. */
  List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '\n') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '\n' && isBlank(text.charAt(j))) {
          j++;
        }
        if (j < text.length() && text.charAt(j) == '\n') {
          add(text, start, i, out);
          while (j < text.length() && isBlank(text.charAt(j))) {
            j++;
          }
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    add(text, start, text.length(), out);
    return out;
  }

  private static void add(String text, int start, int end, List<int[]> out) {
    int s = start;
    int e = end;
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\t';
  }
}
