package org.parley.server.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parley.extract.ClaimExtractor;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.IngestRun;
import org.parley.ingest.source.Source;
import org.parley.ledger.AppendResult;
import org.parley.ledger.AppendTally;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.Extraction;
import org.parley.ledger.RunIdentity;
import org.parley.model.Document;
import org.parley.server.http.Bodies;
import org.parley.server.http.Json;
import org.parley.server.http.Params;

/**
 * {@code POST /api/v1/ingest}: one document (plain or seed-format text, or an HTML page) or a JSONL
 * corpus, read, de-duplicated and extracted as {@code parley ingest} does, each new document
 * appended in one transaction. Needs the bearer token; bodies over the server's limit are a 413.
 * Ingests run one at a time. Thread-safe.
 */
public final class IngestRoutes {
  private static final Map<String, String> SUFFIX =
      Map.of(
          "text/plain", ".txt",
          "text/html", ".html",
          "application/x-ndjson", ".jsonl",
          "application/jsonl", ".jsonl");

  private final ClaimLedger ledger;
  private final Supplier<ClaimExtractor> extractor;
  private final BearerToken token;
  private final long maxBody;

  public IngestRoutes(
      ClaimLedger ledger, Supplier<ClaimExtractor> extractor, BearerToken token, long maxBody) {
    this.ledger = ledger;
    this.extractor = extractor;
    this.token = token;
    this.maxBody = maxBody;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/v1/ingest", this::ingest);
  }

  private void ingest(Context ctx) throws IOException {
    token.require(ctx);
    Params p = Params.of(ctx, "id", "date", "outlet");
    String name = p.text("id") == null ? "posted" : p.parsed("id", IngestRoutes::fileName);
    IngestOptions options =
        IngestOptions.defaults()
            .withDate(p.parsed("date", java.time.LocalDate::parse))
            .withOutlet(p.text("outlet"));
    String body = Bodies.text(ctx, SUFFIX.keySet(), maxBody);
    Path dir = Files.createTempDirectory("parley-ingest");
    try {
      Path file = dir.resolve(name + SUFFIX.get(Bodies.mediaType(ctx.contentType())));
      Files.writeString(file, body, StandardCharsets.UTF_8);
      Json.send(ctx, run(file, options));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private synchronized ObjectNode run(Path file, IngestOptions options) {
    ClaimExtractor x = extractor.get();
    RunIdentity runId = RunIdentity.ofVersion(x.version());
    AppendTally tally = new AppendTally();
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode docs = Json.MAPPER.createArrayNode();
    ArrayNode notes = Json.MAPPER.createArrayNode();
    try (IngestRun run = Ingest.open(List.of(new Source.Local(file)), options)) {
      while (run.hasNext()) {
        switch (run.next()) {
          case IngestEvent.Read r -> {
            r.notes().forEach(n -> notes.add(n.toString()));
            docs.addObject()
                .put("id", r.document().id().value())
                .put("outcome", append(r.document(), x, runId, tally, notes));
          }
          case IngestEvent.Duplicate d ->
              docs.addObject()
                  .put("id", d.document().id().value())
                  .put("outcome", "duplicate of " + d.canonical().value());
          case IngestEvent.Skipped s -> notes.add(s.diagnostic().toString());
        }
      }
      body.put("as_of", ledger.latest().asOf().toString());
      body.put("read", run.summary().describe());
    }
    body.put("ledger", tally.counts().describe());
    body.put("run", runId.toString());
    body.set("documents", docs);
    body.set("notes", notes);
    return body;
  }

  private String append(
      Document d, ClaimExtractor x, RunIdentity runId, AppendTally tally, ArrayNode notes) {
    if (ledger.hasRecorded(d.id(), d.contentHash(), runId)) {
      tally.addAlreadyRecorded();
      return "already recorded";
    }
    org.parley.extract.Extraction e = x.extract(d);
    e.diagnostics().forEach(n -> notes.add(n.toString()));
    AppendResult result = tally.add(ledger.append(new Extraction(d, runId, e.claims())));
    return switch (result) {
      case AppendResult.Recorded r -> "recorded " + e.claims().size() + " claims";
      case AppendResult.AlreadyRecorded a -> "already recorded";
      case AppendResult.ConflictsWithRecorded c -> "conflicts: " + c.problem();
    };
  }

  private static String fileName(String id) {
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
      throw new IllegalArgumentException(
          "an id is 1-100 letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    return id;
  }
}
