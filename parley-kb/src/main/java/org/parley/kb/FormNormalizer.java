package org.parley.kb;

import java.util.Locale;
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

  /** The folded form; a form that folds to nothing is returned trimmed and lower-cased. */
  public static String normalize(String form) {
    String s = foldLetters(form);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = mapChar(s.charAt(i));
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(c);
        space = false;
      }
    }
    String folded = stripPossessive(stripArticle(out.toString().strip()));
    return folded.isEmpty() ? form.strip().toLowerCase(Locale.ROOT) : folded;
  }

  private static String foldLetters(String form) {
    String s = form.toLowerCase(Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return foldNonAscii(s);
      }
    }
    return s;
  }

  // A table instead of java.text.Normalizer: the JDK's decomposition data costs ~100 ms to load,
  // more than the whole knowledge base, and news text needs Latin letters only.
  private static String foldNonAscii(String s) {
    StringBuilder out = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String multi = MULTI.get(c);
      if (multi != null) {
        out.append(multi);
      } else if (c >= 0xDF && c < 0x100 && LATIN_1.charAt(c - 0xDF) != '?') {
        out.append(LATIN_1.charAt(c - 0xDF));
      } else if (c >= 0x100 && c < 0x180 && EXTENDED_A.charAt(c - 0x100) != '?') {
        out.append(EXTENDED_A.charAt(c - 0x100));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char mapChar(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u02B9', '`', '\u00B4', '\u2032' -> '\'';
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00A0' -> ' ';
      default -> c;
    };
  }

  private static String stripArticle(String s) {
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private static String stripPossessive(String s) {
    if (s.endsWith("'s") && s.length() > 2) {
      return s.substring(0, s.length() - 2);
    }
    if (s.endsWith("'") && s.length() > 1) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }
}
