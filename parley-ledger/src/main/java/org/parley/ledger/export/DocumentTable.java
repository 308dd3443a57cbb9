package org.parley.ledger.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.Document;

/**
 * The documents of a snapshot as a flat table, one row per document (its latest version, by id):
 * {@code id, date, outlet, url, title, chars}, as CSV (through {@link CsvTable}) or JSONL; the
 * claims' {@code doc} column joins to {@code id}. Stateless.
 */
public final class DocumentTable {
  /** The header row. */
  public static final List<String> COLUMNS =
      List.of("id", "date", "outlet", "url", "title", "chars");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The row of one document, in {@link #COLUMNS} order. */
  public static List<@Nullable Object> row(Document d) {
    return Arrays.asList(
        d.id().value(),
        d.date() == null ? null : d.date().toString(),
        d.outlet(),
        d.url(),
        d.title(),
        (long) d.text().length());
  }

  /** Writes every document as CSV; returns how many. */
  public long csv(LedgerSnapshot snapshot, boolean excel, Writer out) {
    CsvTable t = CsvTable.open(out, excel, COLUMNS);
    snapshot.forEachDocument(d -> t.row(row(d)));
    t.flush();
    return t.rows();
  }

  /** Writes every document as one JSON object per line; returns how many. */
  public long jsonl(LedgerSnapshot snapshot, Writer out) {
    long[] n = {0};
    snapshot.forEachDocument(
        d -> {
          ObjectNode o = JSON.createObjectNode();
          List<@Nullable Object> row = row(d);
          for (int i = 0; i < COLUMNS.size(); i++) {
            Object v = row.get(i);
            if (v instanceof Long l) {
              o.put(COLUMNS.get(i), l);
            } else {
              o.put(COLUMNS.get(i), (String) v);
            }
          }
          try {
            out.write(o.toString());
            out.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
          }
          n[0]++;
        });
    return n[0];
  }
}
