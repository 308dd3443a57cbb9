package org.parley.language.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the line breaks of a body that fall inside a paragraph's running text (soft: read as a
 * space) from those that end a line of its own. A hard-wrapped body (lines filled up to a width, as
 * in e-mail, Markdown exports and transcripts) gives its width away: a break agrees with width W
 * when its line fits W and the next line's first word would not have; the width most breaks agree
 * with is the wrap width, and the body counts as wrapped when most lines within it agree. In a
 * wrapped body a break is soft unless its line ends a sentence without being full, or the next line
 * opens a block of its own (list item, heading, quotation, table row, upper-case speaker label), or
 * the line ends in a Markdown hard break. In any other body only a break between a line that does
 * not end a sentence and one that starts in lower case is soft. Linear in the body's length;
 * stateless.
 */
final class LineWraps {
  private static final int MIN_WIDTH = 30;
  private static final int MAX_WIDTH = 160;

  /** A list item's marker: a bullet or a short ordinal, then a space. */
  private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+\u2022]|\\d{1,3}[.)])[ \t]");

  /** A line that stands alone: heading, quotation, table row or a transcript speaker label. */
  private static final Pattern BLOCK =
      Pattern.compile(
          "#{1,6}[ \t]|>|\\|.*\\||Q(?::|[ \t]{2,})"
              + "|(?:[A-Z][A-Z.'\u2019-]*[ \t]+){0,4}[A-Z][A-Z.'\u2019-]*[A-Z.]:(?:[ \t]|$)");

  /** A line that never continues on the next: heading or table row. */
  private static final Pattern CLOSED = Pattern.compile("#{1,6}[ \t]|\\|.*\\|");

  private LineWraps() {}

  /** The original offsets of the soft line terminators of {@code text}'s [start, end). */
  static BitSet softBreaks(String text, int start, int end) {
    List<TextLine> lines = lines(text, start, end);
    BitSet soft = new BitSet();
    if (lines.size() < 2) {
      return soft;
    }
    int width = wrapWidth(text, lines);
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (isSoft(text, lines.get(i), lines.get(i + 1), width)) {
        soft.set(lines.get(i).terminator());
      }
    }
    return soft;
  }

  private static List<TextLine> lines(String text, int start, int end) {
    List<TextLine> out = new ArrayList<>();
    int lineStart = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
        out.add(new TextLine(lineStart, i, i + 1));
        lineStart = i + 2;
        i++;
      } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.add(new TextLine(lineStart, i, i));
        lineStart = i + 1;
      }
    }
    out.add(new TextLine(lineStart, end, -1));
    return out;
  }

  /**
   * The width the body is wrapped at, or 0 when it is not wrapped: the smallest width most breaks
   * between two non-blank lines agree with, when at least two do and they are three in five of the
   * lines that fit it, and those lines are half of all.
   */
  private static int wrapWidth(String text, List<TextLine> lines) {
    int[] cover = new int[MAX_WIDTH + 2];
    int[] lengths = new int[lines.size()];
    int pairs = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      TextLine line = lines.get(i);
      TextLine next = lines.get(i + 1);
      if (line.isBlank(text) || next.isBlank(text)) {
        continue;
      }
      int length = line.trimmedLength(text);
      lengths[pairs++] = length;
      int lo = Math.max(length, MIN_WIDTH);
      int hi = Math.min(MAX_WIDTH, length + 1 + next.firstWordLength(text));
      if (lo <= hi) {
        cover[lo]++;
        cover[hi + 1]--;
      }
    }
    return choose(cover, lengths, pairs);
  }

  private static int choose(int[] cover, int[] lengths, int pairs) {
    int best = 0;
    int width = 0;
    int run = 0;
    for (int w = 0; w <= MAX_WIDTH; w++) {
      run += cover[w];
      if (run > best) {
        best = run;
        width = w;
      }
    }
    int within = 0;
    for (int k = 0; k < pairs; k++) {
      within += lengths[k] <= width ? 1 : 0;
    }
    boolean wrapped = best >= 2 && best * 5 >= within * 3 && within * 2 >= pairs;
    return wrapped ? width : 0;
  }

  private static boolean isSoft(String text, TextLine line, TextLine next, int width) {
    if (line.isBlank(text)
        || next.isBlank(text)
        || endsInHardBreak(text, line)
        || starts(CLOSED, text, line)
        || starts(BLOCK, text, next)) {
      return false;
    }
    boolean ends = endsSentence(text, line);
    boolean item = starts(LIST_ITEM, text, next);
    if (width == 0) {
      return !ends && !item && Character.isLowerCase(text.charAt(next.contentStart(text)));
    }
    int length = line.trimmedLength(text);
    // two for the gap: writers who put two spaces after a full stop wrap there one column sooner
    boolean full = length > width || length + 2 + next.firstWordLength(text) > width;
    return item ? full && !ends : full || !ends;
  }

  /**
   * A Markdown hard break: a backslash, or two spaces after a line that does not end a sentence.
   */
  private static boolean endsInHardBreak(String text, TextLine line) {
    int e = line.trimmedEnd(text);
    return text.charAt(e - 1) == '\\'
        || (line.trailingSpaces(text) >= 2 && !endsSentence(text, line));
  }

  /** Whether the line's last mark, behind closing quotes and brackets, ends a sentence. */
  private static boolean endsSentence(String text, TextLine line) {
    int e = line.trimmedEnd(text);
    while (e > line.start() && "\"'\u201D\u2019)]*_".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e > line.start() && ".!?:;".indexOf(text.charAt(e - 1)) >= 0;
  }

  private static boolean starts(Pattern p, String text, TextLine line) {
    return p.matcher(text).region(line.contentStart(text), line.end()).lookingAt();
  }
}
