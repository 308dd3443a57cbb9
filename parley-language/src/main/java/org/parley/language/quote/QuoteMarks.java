package org.parley.language.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.SentencedText;

/**
 * Pairs double quotation marks paragraph by paragraph: curly marks by their direction, straight
 * marks by the characters around them (an apostrophe never counts); then curly single marks outside
 * them (‘…’). An opening mark left open at the end of a paragraph continues into the next paragraph
 * when that one opens with a mark (the newspaper convention for a quotation over several
 * paragraphs); otherwise the quotation ends with its paragraph. Returns normalised parts [start,
 * end) of the quoted text.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** A quotation in normalised offsets: opening mark, end after the closing mark, its parts. */
  record Marked(int open, int end, List<int[]> parts, boolean closed) {}

  static List<Marked> pair(SentencedText text) {
    List<Marked> doubles = doubles(text);
    List<Marked> singles = singles(text, doubles);
    if (singles.isEmpty()) {
      return doubles;
    }
    List<Marked> out = new ArrayList<>(doubles);
    out.addAll(singles);
    out.sort(Comparator.comparingInt(Marked::open));
    return out;
  }

  /**
   * Curly single quotation marks outside double quotations, paired within a paragraph: an opening
   * mark before a word, closed by the next closing mark that no letter follows (the one in
   * "Russia’s" is an apostrophe). Straight single marks are too often apostrophes to pair.
   */
  private static List<Marked> singles(SentencedText text, List<Marked> doubles) {
    String norm = text.text();
    List<Marked> out = new ArrayList<>();
    int d = 0; // the doubles come in text order: one cursor keeps the test linear
    for (var p : text.paragraphs()) {
      int pe = text.aligned().normEnd(p.span());
      for (int i = text.aligned().normStart(p.span()); i + 1 < pe; i++) {
        while (d < doubles.size() && doubles.get(d).end() <= i) {
          d++;
        }
        if (text.aligned().originalChar(i) != '\u2018'
            || Character.isWhitespace(norm.charAt(i + 1))
            || d < doubles.size() && doubles.get(d).open() <= i) {
          continue;
        }
        int close = closing(text, i + 1, pe);
        if (close < 0) {
          break; // no closing mark in the rest of the paragraph, for this mark or a later one
        }
        out.add(new Marked(i, close + 1, List.of(new int[] {i + 1, close}), true));
        i = close;
      }
    }
    return out;
  }

  private static int closing(SentencedText text, int from, int end) {
    String norm = text.text();
    for (int j = from; j < end; j++) {
      if (text.aligned().originalChar(j) == '\u2019'
          && !Character.isWhitespace(norm.charAt(j - 1))
          && (j + 1 >= norm.length() || !Character.isLetterOrDigit(norm.charAt(j + 1)))) {
        return j;
      }
    }
    return -1;
  }

  private static List<Marked> doubles(SentencedText text) {
    return new DoubleMarks(text).scan();
  }

  /**
   * Pairs straight double marks paragraph by paragraph; a quotation left open at a paragraph's end
   * stays pending, and goes on when the next paragraph opens with a mark.
   */
  private static final class DoubleMarks {
    private final SentencedText text;
    private final String norm;
    private final List<Marked> out = new ArrayList<>();
    private @Nullable Marked pending;
    private int open = -1;

    DoubleMarks(SentencedText text) {
      this.text = text;
      this.norm = text.text();
    }

    List<Marked> scan() {
      for (var p : text.paragraphs()) {
        paragraph(text.aligned().normStart(p.span()), text.aligned().normEnd(p.span()));
      }
      if (pending != null) {
        out.add(pending);
      }
      return out;
    }

    private void paragraph(int ps, int pe) {
      open = -1;
      if (pending != null) {
        if (isMark(norm, ps) && direction(text, ps) >= 0) {
          open = ps;
        } else {
          out.add(pending);
          pending = null;
        }
      }
      for (int i = ps; i < pe; i++) {
        if (isMark(norm, i)) {
          mark(i, ps);
        }
      }
      if (open >= 0) {
        pending = joined(pe, pe, false);
      }
    }

    private void mark(int i, int ps) {
      int dir = direction(text, i);
      if (open < 0 && dir >= 0 && (pending == null || i > ps)) {
        open = i;
      } else if (open >= 0 && i > open && dir <= 0) {
        out.add(joined(i, i + 1, true));
        pending = null;
        open = -1;
      }
    }

    /** The pending parts, if any, and the part from the open mark to {@code partEnd}. */
    private Marked joined(int partEnd, int end, boolean closed) {
      List<int[]> parts = new ArrayList<>(pending == null ? List.of() : pending.parts());
      parts.add(new int[] {open + 1, partEnd});
      int start = pending == null ? open : pending.open();
      return new Marked(start, end, parts, closed);
    }
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
