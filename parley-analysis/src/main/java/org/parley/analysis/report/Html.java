package org.parley.analysis.report;

import java.util.List;
import java.util.stream.Collectors;
import org.parley.analysis.position.Citation;

/** Small pieces of HTML: escaping, table rows, and links to numbered sources. */
final class Html {
  private Html() {}

  /** Text escaped for element content and attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A header row of {@code cells} (escaped). */
  static String head(String... cells) {
    return "<thead><tr>"
        + List.of(cells).stream().map(c -> "<th>" + esc(c) + "</th>").collect(Collectors.joining())
        + "</tr></thead>\n";
  }

  /** A row of cells given as HTML (already escaped), with an optional class. */
  static String row(String cssClass, String... htmlCells) {
    String cls = cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"";
    return "<tr"
        + cls
        + ">"
        + List.of(htmlCells).stream().map(c -> "<td>" + c + "</td>").collect(Collectors.joining())
        + "</tr>\n";
  }

  /** Links to the sources of {@code citations}: {@code [1][2]}. */
  static String refs(List<Citation> citations, CitationIndex index) {
    if (citations.isEmpty()) {
      return "–";
    }
    return citations.stream()
        .map(c -> index.number(c))
        .map(n -> "<a href=\"#src-" + n + "\">[" + n + "]</a>")
        .collect(Collectors.joining());
  }
}
