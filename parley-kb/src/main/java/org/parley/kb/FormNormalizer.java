package org.parley.kb;

import java.util.Map;

/**
 * Folds a surface form to the key under which the knowledge base compares aliases: lower case,
 * diacritics removed, curly and straight apostrophes equal, hyphens and dashes read as spaces, runs
 * of white space collapsed, a leading "the" and a trailing possessive ('s or ') dropped. "The
 * Kremlin’s" and "kremlin" fold to the same key; so do "Erdoğan" and "Erdogan".
 */
public final class FormNormalizer {
  /** Base letters of U+00DF..U+00FF after lower-casing; {@code ?} where {@link #MULTI} or none. */
  private static final String LATIN_1 = "?aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";

  /** Base letters of Latin Extended-A, U+0100..U+017F. */
  private static final String EXTENDED_A =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

  private static final Map<Character, String> MULTI =
      Map.of('ß', "ss", 'æ', "ae", 'þ', "th", 'ĳ', "ij", 'œ', "oe", 'ș', "s", 'ț', "t");

  private FormNormalizer() {}

  /** The folded form (one pass over the characters; the knowledge base folds every form once). */
  public static String normalize(String form) {
    StringBuilder out = new StringBuilder(form.length());
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c < 128) {
        appendAscii(out, c);
      } else {
        appendFolded(out, Character.toLowerCase(c));
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end > 4 && out.indexOf("the ") == 0 ? 4 : 0;
    if (end - start > 2 && out.charAt(end - 2) == '\'' && out.charAt(end - 1) == 's') {
      end -= 2;
    } else if (end - start > 1 && out.charAt(end - 1) == '\'') {
      end--;
    }
    return out.substring(start, end);
  }

  private static void appendAscii(StringBuilder out, char c) {
    if (c >= 'A' && c <= 'Z') {
      out.append((char) (c + ('a' - 'A')));
    } else if (c == '-' || c <= ' ') {
      appendSpace(out);
    } else if (c == '`') {
      out.append('\'');
    } else {
      out.append(c);
    }
  }

  // A table instead of java.text.Normalizer: the JDK's decomposition data costs ~100 ms to load,
  // more than the whole knowledge base, and news text needs Latin letters only.
  private static void appendFolded(StringBuilder out, char c) {
    String multi = MULTI.get(c);
    if (multi != null) {
      out.append(multi);
    } else if (c >= 0xDF && c < 0x100 && LATIN_1.charAt(c - 0xDF) != '?') {
      out.append(LATIN_1.charAt(c - 0xDF));
    } else if (c >= 0x100 && c < 0x180 && EXTENDED_A.charAt(c - 0x100) != '?') {
      out.append(EXTENDED_A.charAt(c - 0x100));
    } else if (isApostrophe(c)) {
      out.append('\'');
    } else if (isDash(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      appendSpace(out);
    } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
      out.append(c);
    }
  }

  private static void appendSpace(StringBuilder out) {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != ' ') {
      out.append(' ');
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\u2019'
        || c == '\u2018'
        || c == '\u02BC'
        || c == '\u02B9'
        || c == '\u00B4'
        || c == '\u2032';
  }

  private static boolean isDash(char c) {
    return c >= '\u2010' && c <= '\u2015';
  }
}
