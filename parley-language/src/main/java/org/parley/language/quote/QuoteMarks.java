package org.parley.language.quote;

import java.util.ArrayList;
import java.util.List;
import org.parley.language.text.SentencedText;

/**
 * Pairs double quotation marks paragraph by paragraph: curly marks by their direction, straight
 * marks by the characters around them (an apostrophe never counts). An opening mark left open at
 * the end of a paragraph continues into the next paragraph when that one opens with a mark (the
 * newspaper convention for a quotation over several paragraphs); otherwise the quotation ends with
 * its paragraph. Returns normalised parts [start, end) of the quoted text.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** A quotation in normalised offsets: opening mark, end after the closing mark, its parts. */
  record Marked(int open, int end, List<int[]> parts, boolean closed) {}

  static List<Marked> pair(SentencedText text) {
    String norm = text.text();
    List<Marked> out = new ArrayList<>();
    Marked pending = null;
    for (var p : text.paragraphs()) {
      int ps = text.aligned().normStart(p.span());
      int pe = text.aligned().normEnd(p.span());
      int open = -1;
      if (pending != null) {
        if (isMark(norm, ps) && direction(text, ps) >= 0) {
          open = ps;
        } else {
          out.add(pending);
          pending = null;
        }
      }
      for (int i = ps; i < pe; i++) {
        if (!isMark(norm, i)) {
          continue;
        }
        int dir = direction(text, i);
        if (open < 0 && dir >= 0 && (pending == null || i > ps)) {
          open = i;
        } else if (open >= 0 && i > open && dir <= 0) {
          List<int[]> parts = new ArrayList<>(pending == null ? List.of() : pending.parts());
          parts.add(new int[] {open + 1, i});
          int start = pending == null ? open : pending.open();
          out.add(new Marked(start, i + 1, parts, true));
          pending = null;
          open = -1;
        }
      }
      if (open >= 0) {
        List<int[]> parts = new ArrayList<>(pending == null ? List.of() : pending.parts());
        parts.add(new int[] {open + 1, pe});
        int start = pending == null ? open : pending.open();
        pending = new Marked(start, pe, parts, false);
      }
    }
    if (pending != null) {
      out.add(pending);
    }
    return out;
  }

  private static boolean isMark(String norm, int i) {
    return norm.charAt(i) == '"';
  }

  /** 1 opening, -1 closing, 0 either. */
  private static int direction(SentencedText text, int i) {
    char orig = text.aligned().originalChar(i);
    if (orig == '\u201C' || orig == '\u201E' || orig == '\u00AB') {
      return 1;
    }
    if (orig == '\u201D' || orig == '\u00BB') {
      return -1;
    }
    String norm = text.text();
    char before = i == 0 ? ' ' : norm.charAt(i - 1);
    char after = i + 1 >= norm.length() ? ' ' : norm.charAt(i + 1);
    boolean spaceBefore = Character.isWhitespace(before) || "([{-/".indexOf(before) >= 0;
    boolean spaceAfter = Character.isWhitespace(after) || ".,;:!?)]}-".indexOf(after) >= 0;
    if (spaceBefore && !spaceAfter) {
      return 1;
    }
    if (spaceAfter && !spaceBefore) {
      return -1;
    }
    return 0;
  }
}
