package org.parley.language.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits normalised text into {@link Word}s in one pass: letter/digit runs (with internal
 * apostrophes, and dotted abbreviations such as "U.S."), possessive endings, and single punctuation
 * marks; hyphens join nothing but mark the next word {@code hyphenated}. Stateless.
 */
public final class WordScanner {
  /** The words of {@code text} between normalised offsets {@code from} and {@code to}. */
  public List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    boolean hyphen = false;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        hyphen = false;
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i, to);
        addWord(text, i, end, hyphen, out);
        hyphen = false;
        i = end;
      } else {
        hyphen = c == '-' && !out.isEmpty() && out.get(out.size() - 1).end() == i;
        if (!hyphen) {
          out.add(new Word(i, i + 1, String.valueOf(c), String.valueOf(c), false));
        }
        i++;
      }
    }
    return out;
  }

  private static int wordEnd(String text, int start, int to) {
    int dotted = dottedAbbreviationEnd(text, start, to);
    if (dotted > 0) {
      return dotted;
    }
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if (c == '\'' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** "U.S.", "U.N.", "J.D.": single letters each followed by a dot, at least two. */
  private static int dottedAbbreviationEnd(String text, int start, int to) {
    int i = start;
    int letters = 0;
    while (i + 1 < to && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
      if (i + 2 < to && Character.isLetter(text.charAt(i + 2)) && !isDotAfter(text, i + 2, to)) {
        break;
      }
      letters++;
      i += 2;
    }
    return letters >= 2 ? i : -1;
  }

  private static boolean isDotAfter(String text, int i, int to) {
    return i + 1 < to && text.charAt(i + 1) == '.';
  }

  private static void addWord(String text, int start, int end, boolean hyphen, List<Word> out) {
    String raw = text.substring(start, end);
    if (raw.length() > 2 && raw.endsWith("'s") || raw.length() > 2 && raw.endsWith("'S")) {
      int cut = end - 2;
      out.add(
          new Word(start, cut, raw.substring(0, raw.length() - 2), fold(text, start, cut), hyphen));
      out.add(new Word(cut, end, "'s", "'s", false));
      return;
    }
    out.add(new Word(start, end, raw, fold(text, start, end), hyphen));
  }

  /** Lower case without diacritics, as the knowledge base folds its forms. */
  public static String fold(String text, int start, int end) {
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    String s = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (ascii) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c == 'ı' ? 'i' : c == 'ł' ? 'l' : c);
      }
    }
    return out.toString();
  }
}
