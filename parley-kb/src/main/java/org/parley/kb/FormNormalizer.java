package org.parley.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a surface form to the key under which the knowledge base compares aliases: lower case,
 * diacritics removed, curly and straight apostrophes equal, hyphens and dashes read as spaces, runs
 * of white space collapsed, a leading "the" and a trailing possessive ('s or ') dropped. "The
 * Kremlin’s" and "kremlin" fold to the same key; so do "Erdoğan" and "Erdogan".
 */
public final class FormNormalizer {
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
    boolean ascii = form.chars().allMatch(c -> c < 128);
    String s = ascii ? form : Normalizer.normalize(form, Normalizer.Form.NFKD);
    s = s.toLowerCase(Locale.ROOT);
    if (ascii) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ł' -> out.append('l');
        case 'ø' -> out.append('o');
        case 'đ' -> out.append('d');
        case 'ı' -> out.append('i');
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        default -> out.append(c);
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
