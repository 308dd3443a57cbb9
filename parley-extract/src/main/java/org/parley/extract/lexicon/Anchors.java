package org.parley.extract.lexicon;

import java.util.List;

/**
 * A lexicon entry's anchor words, lower-case, each with the key of its first two characters, read
 * once so that {@link LowerText} tests a sentence for them without reading the words again.
 * Immutable.
 */
final class Anchors {
  private final List<String> words;
  private final int[] pairs;

  private Anchors(List<String> words) {
    this.words = List.copyOf(words);
    this.pairs = this.words.stream().mapToInt(LowerText::pairOf).toArray();
  }

  static Anchors of(List<String> words) {
    return new Anchors(words);
  }

  List<String> words() {
    return words;
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  int size() {
    return words.size();
  }

  String word(int k) {
    return words.get(k);
  }

  int pair(int k) {
    return pairs[k];
  }
}
