package org.parley.ingest.dedup;

import java.util.Arrays;

/**
 * The word shingles of a text as 64-bit hashes: words are runs of letters and digits, lower-cased;
 * a shingle is {@value #SIZE} consecutive words. Punctuation, case and spacing do not change the
 * shingles, so two copies that differ only in them hash alike. Stateless.
 */
final class Shingles {
  static final int SIZE = 5;

  private Shingles() {}

  /** One hash per shingle of the given word hashes, in text order (duplicates included). */
  static long[] of(long[] words) {
    if (words.length < SIZE) {
      return words.length == 0 ? new long[0] : new long[] {combine(words, 0, words.length)};
    }
    long[] out = new long[words.length - SIZE + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = combine(words, i, SIZE);
    }
    return out;
  }

  private static long combine(long[] words, int from, int count) {
    long h = 0;
    for (int i = from; i < from + count; i++) {
      h = h * 0x9E3779B97F4A7C15L + words[i];
    }
    return Mix.mix(h);
  }

  /** One hash per word of {@code text}, in order. */
  static long[] words(CharSequence text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        h = 0;
        inWord = false;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
