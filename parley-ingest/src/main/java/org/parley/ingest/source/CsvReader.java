package org.parley.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.text.MarkingUtf8;

/**
 * Reads a CSV corpus with a header row (RFC 4180 quoting, fields may span lines), columns per
 * {@link FieldMapping}. A row with the wrong number of fields is reported by line and passed over;
 * a quoting error that leaves the rest of the file unparseable is reported once, naming the line
 * where reading stopped. Rows with bytes that are not UTF-8 are reported, not read with replacement
 * characters.
 */
public final class CsvReader implements DocumentReader {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  private final ReadSettings settings;

  public CsvReader(ReadSettings settings) {
    this.settings = settings;
  }

  @Override
  public SourceCursor read(SourceInput input) throws IOException {
    RecordBound reader =
        new RecordBound(
            MarkingUtf8.reader(input.open()),
            settings.limits().maxRecordBytes(),
            "a CSV record is longer than %s (an unclosed quote?); the rest of the file is not read"
                .formatted(settings.limits().recordLimit()));
    CSVParser parser;
    try {
      parser = CSVParser.parse(reader, FORMAT);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      reader.close();
      return SourceCursor.failed(
          input.at(1), SkipReason.MALFORMED_RECORD, "unreadable CSV header: " + e.getMessage());
    } catch (InputTooLarge e) {
      reader.close();
      return SourceCursor.failed(input.at(1), SkipReason.TOO_LARGE, e.getMessage());
    }
    FieldMapping.Columns columns = settings.mapping().columns(parser.getHeaderNames());
    if (columns.text() == null) {
      parser.close();
      return SourceCursor.failed(
          input.at(1),
          SkipReason.MALFORMED_RECORD,
          "no text column in the header %s; name it with --map text=COLUMN"
              .formatted(parser.getHeaderNames()));
    }
    return new Rows(input, parser, columns, reader);
  }

  /** The rows of one CSV file, read one at a time. */
  private final class Rows extends SourceCursor {
    private final SourceInput input;
    private final CSVParser parser;
    private final FieldMapping.Columns columns;
    private final Iterator<CSVRecord> records;
    private final RecordBound bound;
    private boolean broken;

    Rows(SourceInput input, CSVParser parser, FieldMapping.Columns columns, RecordBound bound) {
      super(input.name());
      this.input = input;
      this.parser = parser;
      this.columns = columns;
      this.records = parser.iterator();
      this.bound = bound;
    }

    @Override
    protected @Nullable SourceItem advance() {
      if (broken) {
        return null;
      }
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord row;
      bound.startRecord();
      try {
        if (!records.hasNext()) {
          return null;
        }
        row = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        broken = true;
        if (e.getCause() instanceof InputTooLarge tooLarge) {
          return new SourceItem.Failed(input.at(line), SkipReason.TOO_LARGE, tooLarge.getMessage());
        }
        return new SourceItem.Failed(
            input.at(line),
            SkipReason.MALFORMED_RECORD,
            "CSV unreadable from here to the end of the file: " + e.getMessage());
      }
      return item(row, input.at(line));
    }

    private SourceItem item(CSVRecord row, String where) {
      if (!row.isConsistent()) {
        return new SourceItem.Failed(
            where,
            SkipReason.MALFORMED_RECORD,
            "the row has %d fields, the header %d"
                .formatted(row.size(), parser.getHeaderNames().size()));
      }
      RecordFields fields =
          new RecordFields(
              get(row, columns.id()),
              get(row, columns.date()),
              get(row, columns.outlet()),
              get(row, columns.url()),
              get(row, columns.title()),
              get(row, columns.text()));
      String fallbackId = input.stem() + "#" + row.getRecordNumber();
      return fields.toItem(where, fallbackId, String.valueOf(columns.text()), settings);
    }

    private static @Nullable String get(CSVRecord row, @Nullable String column) {
      return column == null ? null : row.get(column);
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
