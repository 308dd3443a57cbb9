package org.parley.language.text;

/**
 * One line of a body in original coordinates: its characters [start, end) without the line
 * terminator, and where that terminator starts ({@code -1} on the last line). For {@code \r\n} the
 * terminator is the {@code \n}, the character the normaliser keeps.
 */
record TextLine(int start, int end, int terminator) {
  /** The length of the line without trailing spaces and tabs. */
  int trimmedLength(String text) {
    return trimmedEnd(text) - start;
  }

  /** The end of the line without trailing spaces and tabs. */
  int trimmedEnd(String text) {
    int e = end;
    while (e > start && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The offset of the first character that is not a space or tab ({@code end} when none). */
  int contentStart(String text) {
    int s = start;
    while (s < end && isSpace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  /** Whether the line holds only white space. */
  boolean isBlank(String text) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of the line's first word: the characters up to the first breakable space (a
   * non-breaking space joins words, as a wrapping tool leaves it).
   */
  int firstWordLength(String text) {
    int s = contentStart(text);
    int e = s;
    while (e < end && !isSpace(text.charAt(e))) {
      e++;
    }
    return e - s;
  }

  /** The number of spaces and tabs the line ends with. */
  int trailingSpaces(String text) {
    return end - trimmedEnd(text);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
