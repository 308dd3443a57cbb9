package org.parley.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.text.ByteLines;
import org.parley.ingest.text.Decoded;
import org.parley.ingest.text.StrictUtf8;

/**
 * Reads a JSONL corpus, one JSON object per line, attributes per {@link FieldMapping}. Each line is
 * decoded and parsed on its own, so a line of invalid UTF-8 or broken JSON is reported by number
 * and the lines after it are still read. Blank lines are not records.
 */
public final class JsonLinesReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadSettings settings;

  public JsonLinesReader(ReadSettings settings) {
    this.settings = settings;
  }

  @Override
  public SourceCursor read(SourceInput input) throws IOException {
    InputStream in = input.open();
    ByteLines lines = new ByteLines(in, (int) settings.limits().maxRecordBytes());
    return new SourceCursor(input.name()) {
      @Override
      protected @Nullable SourceItem advance() throws IOException {
        byte[] line;
        while ((line = lines.next()) != null) {
          if (lines.wasTooLong() || !isBlank(line)) {
            return item(input, lines, line);
          }
        }
        return null;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  private SourceItem item(SourceInput input, ByteLines lines, byte[] line) {
    String where = input.at(lines.number());
    if (lines.wasTooLong()) {
      return new SourceItem.Failed(
          where,
          SkipReason.TOO_LARGE,
          "the line is longer than %s; passed over".formatted(settings.limits().recordLimit()));
    }
    return switch (StrictUtf8.decode(line)) {
      case Decoded.Invalid bad ->
          new SourceItem.Failed(
              where,
              SkipReason.INVALID_UTF8,
              "invalid UTF-8 at byte %d".formatted(bad.byteOffset()));
      case Decoded.Text text -> parse(text.text(), where, input.stem() + "#" + lines.number());
    };
  }

  private SourceItem parse(String line, String where, String fallbackId) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new SourceItem.Failed(
          where, SkipReason.MALFORMED_RECORD, "not JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      return new SourceItem.Failed(where, SkipReason.MALFORMED_RECORD, "not a JSON object");
    }
    FieldMapping m = settings.mapping();
    RecordFields fields =
        new RecordFields(
            value(node, m.id()),
            value(node, m.date()),
            value(node, m.outlet()),
            value(node, m.url()),
            value(node, m.title()),
            value(node, m.text()));
    String textField = String.join("|", m.text());
    return fields.toItem(where, fallbackId, textField, settings);
  }

  private static @Nullable String value(JsonNode node, List<String> names) {
    String name = FieldMapping.pick(names, node::hasNonNull);
    if (name == null) {
      return null;
    }
    JsonNode v = node.get(name);
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
