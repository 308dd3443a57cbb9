package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header and rows of cells in columns two spaces apart, trailing blanks
 * trimmed. Not thread-safe; one per table.
 */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... columns) {
    header = List.of(columns);
  }

  /** Adds a row; it must have one cell per column. */
  TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has %d cells for %d columns".formatted(cells.length, header.size()));
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Appends the table, one line per row. */
  void appendTo(StringBuilder out) {
    int[] width = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], r.get(i).codePointCount(0, r.get(i).length()));
      }
    }
    for (List<String> r : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        String cell = r.get(i);
        int pad = width[i] - cell.codePointCount(0, cell.length());
        line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(pad));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
