package org.parley.extract.lexicon;

import java.util.Locale;

/**
 * A stretch of text lower-cased, and which pairs of adjacent characters it holds: whether it
 * contains a word is answered as {@link String#contains} answers it, but a word whose first two
 * characters never stand together there is ruled out without a scan. The lexicons test every
 * entry's anchor words against each sentence; most are absent. Made and dropped by one call.
 */
final class LowerText {
  /** Bits of the pairs table: enough that a sentence's pairs fill a small part of it. */
  private static final int PAIR_BITS = 1024;

  private final String lower;
  private final long[] pairs = new long[PAIR_BITS / Long.SIZE];

  /** {@code text[from, to)}, lower-cased as {@code toLowerCase(Locale.ROOT)} does. */
  LowerText(String text, int from, int to) {
    this.lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (int i = 0; i + 1 < lower.length(); i++) {
      int h = pair(lower.charAt(i), lower.charAt(i + 1));
      pairs[h >>> 6] |= 1L << h;
    }
  }

  /** Whether the lower-cased text contains {@code word}. */
  boolean contains(String word) {
    return contains(word, pairOf(word));
  }

  /** Whether the lower-cased text contains one of {@code anchors}. */
  boolean containsAny(Anchors anchors) {
    for (int k = 0; k < anchors.size(); k++) {
      if (contains(anchors.word(k), anchors.pair(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds {@code word}, whose first two characters make {@code pair}. */
  private boolean contains(String word, int pair) {
    if (pair >= 0 && (pairs[pair >>> 6] & (1L << pair)) == 0) {
      return false; // the text holds the word's first two characters nowhere side by side
    }
    return lower.contains(word);
  }

  /** The key of the pair of characters {@code word} starts with, or -1 for a shorter word. */
  static int pairOf(String word) {
    return word.length() >= 2 ? pair(word.charAt(0), word.charAt(1)) : -1;
  }

  private static int pair(char a, char b) {
    return (a * 31 + b) & (PAIR_BITS - 1);
  }
}
