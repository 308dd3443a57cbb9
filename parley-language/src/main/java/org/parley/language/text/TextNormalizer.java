package org.parley.language.text;

import java.util.BitSet;
import org.parley.model.Document;
import org.parley.model.Span;

/**
 * Normalises a document body for matching and records the alignment back to the original: curly
 * quotes and apostrophes become straight ones, dashes become {@code -}, non-breaking and other
 * spaces become a space, {@code \r\n} and {@code \r} become {@code \n}, an ellipsis becomes three
 * dots, and zero-width characters and soft hyphens are dropped. A soft line break (one inside a
 * hard-wrapped paragraph, see {@link LineWraps}) becomes a space and the next line's indentation is
 * dropped, so that a wrapped paragraph reads exactly as the unwrapped one. Stateless and
 * thread-safe.
 */
public final class TextNormalizer {
  /** Normalises the body of {@code document}. */
  public AlignedText normalize(Document document) {
    String text = document.text();
    Span body = document.body();
    BitSet soft = LineWraps.softBreaks(text, body.start(), body.end());
    Output out = new Output(body.length());
    boolean identity = true;
    int i = body.start();
    while (i < body.end()) {
      int next = step(text, i, body.end(), soft, out);
      identity &= out.text.length() == next - body.start();
      i = next;
    }
    out.toOrig[out.text.length()] = body.end();
    if (identity) {
      return new AlignedText(text, out.text.toString(), body.start(), new int[0], new int[0]);
    }
    return aligned(text, out.text.toString(), body, out.toOrig);
  }

  /** Writes the normal form of the character at {@code i}; returns where the next one starts. */
  private static int step(String text, int i, int end, BitSet soft, Output out) {
    char c = text.charAt(i);
    if (soft.get(i)) {
      out.put(' ', i);
      return afterIndent(text, i + 1, end);
    }
    if (c == '\r') {
      if (i + 1 >= end || text.charAt(i + 1) != '\n') {
        out.put('\n', i);
      }
    } else if (c == '\u2026') {
      for (int k = 0; k < 3; k++) {
        out.put('.', i);
      }
    } else if (!isDropped(c)) {
      out.put(map(c), i);
    }
    return i + 1;
  }

  /** The first offset from {@code i} that is not a space or tab: a wrapped line's indentation. */
  private static int afterIndent(String text, int i, int end) {
    int j = i;
    while (j < end && TextLine.isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static AlignedText aligned(String text, String norm, Span body, int[] toOrigLong) {
    int[] toOrig = java.util.Arrays.copyOf(toOrigLong, norm.length() + 1);
    int[] toNorm = new int[body.length() + 1];
    int n = 0;
    for (int rel = 0; rel <= body.length(); rel++) {
      while (n < norm.length() && toOrig[n] < body.start() + rel) {
        n++;
      }
      toNorm[rel] = n;
    }
    return new AlignedText(text, norm, body.start(), toOrig, toNorm);
  }

  private static boolean isDropped(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
  }

  /** The one-character normal form of {@code c}. */
  static char map(char c) {
    return switch (c) {
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\t' -> ' ';
      case '\u2028', '\u2029', '\u0085' -> '\n';
      default -> c;
    };
  }

  /** The normalised text being written, with the original offset of each of its characters. */
  private static final class Output {
    private final StringBuilder text;
    private final int[] toOrig;

    Output(int length) {
      text = new StringBuilder(length + 16);
      toOrig = new int[length * 3 + 1];
    }

    void put(char c, int original) {
      toOrig[text.length()] = original;
      text.append(c);
    }
  }
}
