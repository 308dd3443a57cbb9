package org.parley.ledger.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A CSV table for spreadsheets (RFC 4180, CRLF, a header row): text cells that a spreadsheet would
 * run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, per OWASP's CSV-injection advice) are prefixed with {@code '}; numbers are written as
 * numbers. With {@code excel} the file starts with a UTF-8 byte-order mark, so that Excel reads it
 * as UTF-8. Every export and answer table in CSV goes through this class. Not thread-safe.
 */
public final class CsvTable {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final CSVPrinter printer;
  private long rows;

  private CsvTable(CSVPrinter printer) {
    this.printer = printer;
  }

  /** Starts a table on {@code out} with {@code header}; {@code excel} writes a byte-order mark. */
  public static CsvTable open(Writer out, boolean excel, List<String> header) {
    try {
      if (excel) {
        out.write('\uFEFF');
      }
      return new CsvTable(
          CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV table", e);
    }
  }

  /** Writes one row; {@code null} cells are empty. */
  public void row(List<? extends @Nullable Object> cells) {
    List<@Nullable Object> safe = new ArrayList<>(cells.size());
    for (Object c : cells) {
      safe.add(c instanceof Number || c == null ? c : neutralised(c.toString()));
    }
    try {
      printer.printRecord(safe);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV table", e);
    }
  }

  /** How many rows were written (the header not counted). */
  public long rows() {
    return rows;
  }

  /** Flushes what was written; the writer stays open. */
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV table", e);
    }
  }

  /** The text as a spreadsheet shows it and never runs: {@code =1+2} becomes {@code '=1+2}. */
  static String neutralised(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
