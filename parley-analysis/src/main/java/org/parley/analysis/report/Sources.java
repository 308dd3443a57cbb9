package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.analysis.position.Citation;
import org.parley.model.Span;

/**
 * The numbered source list that ends every text answer: per citation its kind, document, date,
 * outlet and chain, status, ledger entry and evidence offsets, then the evidence text (wrapped, cut
 * at {@value #MAX_TEXT} characters). Stateless and thread-safe.
 */
public final class Sources {
  /** The most evidence characters a text answer quotes. */
  public static final int MAX_TEXT = 240;

  private static final int WIDTH = 100;

  /** Appends the sources of {@code index}, under a heading, if there are any. */
  public void append(CitationIndex index, StringBuilder out) {
    if (index.isEmpty()) {
      return;
    }
    out.append("Sources\n");
    List<Citation> cited = index.cited();
    for (int i = 0; i < cited.size(); i++) {
      Citation c = cited.get(i);
      out.append('[').append(i + 1).append("] ").append(header(c)).append('\n');
      if (c.text() != null && !c.text().isBlank()) {
        wrap("\"" + cut(c.text().strip(), MAX_TEXT) + "\"", out);
      }
    }
  }

  /** One line about where a claim comes from. */
  public static String header(Citation c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.kind().code());
    parts.add(c.doc().value());
    parts.add(date(c));
    String chain = chain(c);
    if (!chain.isEmpty()) {
      parts.add(chain);
    }
    parts.add(c.status() == null ? "status not given" : c.status().code());
    parts.add("entry " + c.entry() + spans(c.spans()));
    if (c.review() != null) {
      parts.add(c.review());
    }
    return String.join(" · ", parts);
  }

  /** The claim's date and, when it differs, the report date. */
  public static String date(Citation c) {
    if (c.date() == null) {
      return "undated";
    }
    if (c.date().isValidTime()
        && c.reported() != null
        && !c.date().date().toString().equals(c.reported().toString())) {
      return c.date().date() + " (reported " + c.reported() + ")";
    }
    return c.date().label();
  }

  /**
   * The outlet and the chain the claim came by: {@code Fox News via Reuters, source: officials};
   * empty when none is known.
   */
  public static String chain(Citation c) {
    List<String> parts = new ArrayList<>();
    String outlet = c.outlet() == null ? "" : c.outlet();
    String via = c.via().isEmpty() ? "" : "via " + String.join(", ", c.via());
    String head = (outlet + " " + via).strip();
    if (!head.isEmpty()) {
      parts.add(head);
    }
    if (c.source() != null && !c.source().isBlank()) {
      parts.add("source: " + c.source().strip());
    }
    return String.join(", ", parts);
  }

  /** Text cut to {@code max} characters, with an ellipsis when cut. */
  public static String cut(String text, int max) {
    String t = text.replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
  }

  private static String spans(List<Span> spans) {
    return spans.isEmpty()
        ? ""
        : " · chars "
            + spans.stream().map(s -> s.start() + "–" + s.end()).collect(Collectors.joining(", "));
  }

  private static void wrap(String text, StringBuilder out) {
    StringBuilder line = new StringBuilder("    ");
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > WIDTH && line.length() > 4) {
        out.append(line.toString().stripTrailing()).append('\n');
        line = new StringBuilder("    ");
      }
      line.append(word).append(' ');
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
