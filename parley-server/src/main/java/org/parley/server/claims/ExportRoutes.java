package org.parley.server.claims;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.export.Boundaries;
import org.parley.ledger.export.CsvExport;
import org.parley.ledger.export.GeoJsonExport;
import org.parley.ledger.export.JsonlExport;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Json;
import org.parley.server.http.Params;
import org.parley.server.http.Snapshots;

/**
 * {@code GET /api/v1/export?format=jsonl|csv|geojson}: every matching claim in recording order, as
 * {@code parley export} writes it, streamed; the instant it was read as of is in the {@code
 * Parley-As-Of} header. Thread-safe.
 */
public final class ExportRoutes {
  private final ClaimLedger ledger;
  private final Boundaries boundaries;

  public ExportRoutes(ClaimLedger ledger, Boundaries boundaries) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/export", this::export);
  }

  private void export(Context ctx) {
    Params p = Params.of(ctx, ClaimFilters.names("format").toArray(String[]::new));
    String format = p.text("format") == null ? "jsonl" : p.required("format");
    ClaimQuery query = ClaimFilters.query(p);
    String type =
        switch (format) {
          case "jsonl" -> "application/x-ndjson";
          case "csv" -> "text/csv";
          case "geojson" -> "application/geo+json";
          default ->
              throw ApiProblem.badParameter(
                  "format", "'format' is jsonl, csv or geojson, not '" + format + "'");
        };
    LedgerSnapshot s = Snapshots.read(ledger, p);
    ctx.header(Json.AS_OF_HEADER, s.asOf().toString()).contentType(type + "; charset=utf-8");
    try (Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      switch (format) {
        case "csv" -> new CsvExport().write(s, query, w);
        case "geojson" -> new GeoJsonExport().write(s, query, boundaries, w);
        default -> new JsonlExport().write(s, query, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }
}
