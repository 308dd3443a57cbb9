package org.parley.language.cue;

import org.parley.language.text.SentencedText;

/**
 * Clause edges inside a sentence, in normalised offsets: a clause ends at a comma, semicolon,
 * colon, bracket or spaced dash, and before "though", "although", "while", "whereas" and "but".
 */
final class Clauses {
  private Clauses() {}

  /** The start of the clause holding normalised offset {@code n}. */
  static int start(SentencedText text, int sentence, int n) {
    String norm = text.text();
    int s = text.normStart(sentence);
    for (int i = n - 1; i >= s; i--) {
      if (isEdge(norm, i)) {
        return i + 1;
      }
    }
    return s;
  }

  /** The end of the clause holding normalised offset {@code n}. */
  static int end(SentencedText text, int sentence, int n) {
    String norm = text.text();
    int e = text.normEnd(sentence);
    for (int i = n; i < e; i++) {
      if (isEdge(norm, i) || startsConjunction(norm, i)) {
        return i;
      }
    }
    return e;
  }

  private static boolean isEdge(String norm, int i) {
    char c = norm.charAt(i);
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
      return true;
    }
    return c == '-'
        && i > 0
        && i + 1 < norm.length()
        && norm.charAt(i - 1) == ' '
        && norm.charAt(i + 1) == ' ';
  }

  private static boolean startsConjunction(String norm, int i) {
    if (i == 0 || norm.charAt(i - 1) != ' ') {
      return false;
    }
    for (String w : new String[] {"though ", "although ", "while ", "whereas ", "but "}) {
      if (norm.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }
}
