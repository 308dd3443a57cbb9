package org.parley.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Hard-wraps prose for tests, as e-mail clients, Markdown exporters and transcript services do:
 * each paragraph (paragraphs are separated by blank lines) is filled greedily up to a width,
 * breaking only at single spaces, so that joining the lines with spaces gives the paragraph back.
 */
public final class HardWrap {
  /**
   * How the lines are laid out: the line end ({@code "\n"} or {@code "\r\n"}), the indentation of a
   * paragraph's first line and of its other lines (both count towards the width).
   */
  public record Layout(String lineEnd, String firstIndent, String restIndent) {
    /** Lines ending in {@code \n}, without indentation. */
    public static final Layout PLAIN = new Layout("\n", "", "");
  }

  /** One way of wrapping a text: a width and a layout. */
  public record Variant(int width, Layout layout) {}

  private HardWrap() {}

  /**
   * Plain wrappings at each of {@code widths}, and two more at the middle width: CRLF line ends
   * with an indented first line (as in transcripts), and indented continuation lines (as in
   * Markdown list items).
   */
  public static List<Variant> variants(int... widths) {
    List<Variant> out = new ArrayList<>();
    for (int w : widths) {
      out.add(new Variant(w, Layout.PLAIN));
    }
    int middle = widths[widths.length / 2];
    out.add(new Variant(middle, new Layout("\r\n", "     ", "")));
    out.add(new Variant(middle, new Layout("\n", "", "    ")));
    return out;
  }

  /** {@code text} with every paragraph filled to {@code width} columns in {@code layout}. */
  public static String wrap(String text, int width, Layout layout) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\n\n", -1)) {
      paragraphs.add(fill(p, width, layout));
    }
    return String.join(layout.lineEnd() + layout.lineEnd(), paragraphs);
  }

  private static String fill(String paragraph, int width, Layout layout) {
    StringBuilder out = new StringBuilder(layout.firstIndent());
    int column = layout.firstIndent().length();
    boolean lineHasWord = false;
    for (String word : paragraph.split(" ", -1)) {
      if (lineHasWord && column + 1 + word.length() > width) {
        out.append(layout.lineEnd()).append(layout.restIndent());
        column = layout.restIndent().length();
        lineHasWord = false;
      }
      if (lineHasWord) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
      lineHasWord = true;
    }
    return out.toString();
  }
}
