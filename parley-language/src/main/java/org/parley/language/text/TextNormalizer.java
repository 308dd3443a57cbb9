package org.parley.language.text;

import org.parley.model.Document;
import org.parley.model.Span;

/**
 * Normalises a document body for matching and records the alignment back to the original: curly
 * quotes and apostrophes become straight ones, dashes become {@code -}, non-breaking and other
 * spaces become a space, {@code \r\n} and {@code \r} become {@code \n}, an ellipsis becomes three
 * dots, and zero-width characters and soft hyphens are dropped. Stateless and thread-safe.
 */
public final class TextNormalizer {
  /** Normalises the body of {@code document}. */
  public AlignedText normalize(Document document) {
    String text = document.text();
    Span body = document.body();
    StringBuilder out = new StringBuilder(body.length() + 16);
    int[] toOrig = new int[body.length() * 3 + 1];
    boolean identity = true;
    for (int i = body.start(); i < body.end(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        boolean crlf = i + 1 < body.end() && text.charAt(i + 1) == '\n';
        identity = false;
        if (!crlf) {
          toOrig[out.length()] = i;
          out.append('\n');
        }
        continue;
      }
      if (c == '\u2026') {
        identity = false;
        for (int k = 0; k < 3; k++) {
          toOrig[out.length()] = i;
          out.append('.');
        }
        continue;
      }
      if (isDropped(c)) {
        identity = false;
        continue;
      }
      toOrig[out.length()] = i;
      out.append(map(c));
    }
    toOrig[out.length()] = body.end();
    if (identity) {
      return new AlignedText(text, out.toString(), body.start(), new int[0], new int[0]);
    }
    return aligned(text, out.toString(), body, toOrig);
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
}
