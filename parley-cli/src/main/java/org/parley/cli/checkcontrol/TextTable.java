package org.parley.cli.checkcontrol;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header and rows of cells, printed in columns two spaces apart; columns
 * whose header is marked numeric ({@code >AREA}) are right-aligned. Not thread-safe; one per table.
 */
public final class TextTable {
  private final List<String> header = new ArrayList<>();
  private final List<Boolean> right = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column headers; a leading {@code >} right-aligns the column. */
  public TextTable(String... columns) {
    for (String c : columns) {
      right.add(c.startsWith(">"));
      header.add(c.startsWith(">") ? c.substring(1) : c);
    }
  }

  /** Adds a row; it must have one cell per column. */
  public TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has %d cells for %d columns".formatted(cells.length, header.size()));
    }
    rows.add(List.of(cells));
    return this;
  }

  public void print(PrintWriter out) {
    int[] width = new int[header.size()];
    for (List<String> r : allRows()) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    for (List<String> r : allRows()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        String cell = r.get(i);
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(right.get(i) ? pad + cell : cell + pad);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
