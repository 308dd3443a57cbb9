package org.parley.spark.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.source.SkipReason;
import org.parley.model.Diagnostic;
import org.parley.spark.admit.OutcomeRow;
import org.parley.spark.read.NoteRow;

/** The JSON lines of the batch's reports: duplicates and diagnostics. Stateless. */
final class JsonLines {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLines() {}

  /** {@code {"doc":…,"where":…,"canonical":…,"exact":…,"similarity":…}}. */
  static String duplicate(OutcomeRow.Duplicate d) {
    return json(
        g -> {
          g.writeStringField("doc", d.id());
          g.writeStringField("where", d.where());
          g.writeStringField("canonical", d.canonical());
          g.writeBooleanField("exact", d.exact());
          g.writeNumberField("similarity", d.similarity());
        });
  }

  /** A skipped item as a diagnostic line. */
  static String skipped(OutcomeRow.Skipped s) {
    Diagnostic d =
        new IngestEvent.Skipped(s.where(), SkipReason.valueOf(s.reason()), s.detail()).diagnostic();
    return diagnostic(NoteRow.of(d), s.reason());
  }

  /** {@code {"severity":…,"where":…,"problem":…}} (with the skip reason, for skips). */
  static String diagnostic(NoteRow n, String reason) {
    return json(
        g -> {
          g.writeStringField("severity", n.severity().toLowerCase(java.util.Locale.ROOT));
          g.writeStringField("where", n.where());
          if (!reason.isEmpty()) {
            g.writeStringField("skipped", reason.toLowerCase(java.util.Locale.ROOT));
          }
          g.writeStringField("problem", n.problem());
        });
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Fields fields) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string", e);
    }
    return out.toString();
  }
}
