package org.parley.extract.claim;

import java.util.List;
import java.util.Locale;

/**
 * Lower-case words one of which every match of an expression contains: a cheap test that spares the
 * expression's search where none occurs. The expressions they stand for match ASCII text only
 * (ASCII case folding, no Unicode classes), so a match lower-cased lies in the lower-cased text.
 * Immutable.
 */
record Keywords(List<String> words) {
  Keywords {
    words = List.copyOf(words);
  }

  static Keywords of(String... words) {
    return new Keywords(List.of(words));
  }

  /** Whether {@code text[from, to)}, lower-cased, holds one of the words. */
  boolean occurIn(String text, int from, int to) {
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
