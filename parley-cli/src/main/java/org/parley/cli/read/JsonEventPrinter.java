package org.parley.cli.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestSummary;
import org.parley.model.Document;

/**
 * One JSON object per line: {@code kind} is {@code document}, {@code duplicate} or {@code skipped};
 * the last line is {@code kind: summary}. Documents carry their metadata and length, not their
 * text.
 */
final class JsonEventPrinter implements EventPrinter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter out;

  JsonEventPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin() {}

  @Override
  public void print(IngestEvent event) {
    ObjectNode line = JSON.createObjectNode();
    switch (event) {
      case IngestEvent.Read r -> document(line.put("kind", "document"), r.document(), r.where());
      case IngestEvent.Duplicate d -> {
        document(line.put("kind", "duplicate"), d.document(), d.where());
        line.put("duplicate_of", d.canonical().value())
            .put("exact", d.exact())
            .put("similarity", Math.round(d.similarity() * 1000) / 1000.0);
      }
      case IngestEvent.Skipped s ->
          line.put("kind", "skipped")
              .put("where", s.where())
              .put("reason", s.reason().name().toLowerCase(java.util.Locale.ROOT))
              .put("failure", s.reason().isFailure())
              .put("detail", s.detail());
    }
    out.println(line);
  }

  @Override
  public void end(IngestSummary summary) {
    ObjectNode line = JSON.createObjectNode().put("kind", "summary");
    line.put("read", summary.read())
        .put("exact_duplicates", summary.exactDuplicates())
        .put("exact_groups", summary.exactGroups())
        .put("near_duplicates", summary.nearDuplicates())
        .put("near_groups", summary.nearGroups())
        .put("failures", summary.failures())
        .put("warnings", summary.warnings());
    ObjectNode skipped = line.putObject("skipped");
    summary
        .skipped()
        .forEach((k, v) -> skipped.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
    out.println(line);
    out.flush();
  }

  private static void document(ObjectNode line, Document d, String where) {
    line.put("id", d.id().value())
        .put("date", d.date() == null ? null : d.date().toString())
        .put("outlet", d.outlet())
        .put("title", d.title())
        .put("url", d.url())
        .put("chars", d.body().length())
        .put("sha256", d.contentHash())
        .put("where", where);
  }
}
