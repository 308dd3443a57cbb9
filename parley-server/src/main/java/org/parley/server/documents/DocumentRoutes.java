package org.parley.server.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;
import org.parley.server.claims.Page;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Json;
import org.parley.server.http.Params;
import org.parley.server.http.Snapshots;

/**
 * {@code GET /api/v1/documents}: the documents (id, date, outlet, title, url, length) by id, one
 * page at a time. {@code GET /api/v1/documents/{id}}: the document's text as read and the evidence
 * spans of each of its current claims (offsets into that text, in UTF-16 code units as Java and
 * JavaScript count them). Thread-safe.
 */
public final class DocumentRoutes {
  /** The most claims listed with one document. */
  static final int MAX_CLAIMS = 10_000;

  private final ClaimLedger ledger;

  public DocumentRoutes(ClaimLedger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/documents", this::list);
    routes.get(
        "/api/v1/documents/{id}",
        ctx -> {
          Params p = Params.of(ctx);
          Json.send(ctx, document(p, Params.parse("id", ctx.pathParam("id"), DocumentId::new)));
        });
  }

  private void list(Context ctx) {
    Params p = Params.of(ctx, "limit", "cursor");
    int limit = p.integer("limit", 100, 1, 1000);
    Page page = Page.of(p, ledger);
    List<ObjectNode> rows = new ArrayList<>();
    int[] seen = {0};
    page.snapshot()
        .forEachDocument(
            d -> {
              if (seen[0]++ >= page.offset() && rows.size() <= limit) {
                rows.add(summary(d));
              }
            });
    ObjectNode body = Json.answer(page.snapshot().asOf());
    ArrayNode docs = body.putArray("documents");
    rows.stream().limit(limit).forEach(docs::add);
    page.finish(body, docs.size(), rows.size() > limit);
    Json.send(ctx, page.snapshot().asOf(), body);
  }

  /** The document {@code id} with its text and its claims' spans, as of {@code as_of}. */
  public ObjectNode document(Params p, DocumentId id) {
    LedgerSnapshot s = Snapshots.read(ledger, p);
    Document d =
        s.document(id)
            .orElseThrow(
                () ->
                    ApiProblem.notFound("no document " + id + " in the ledger as of " + s.asOf()));
    ObjectNode body = Json.answer(s.asOf());
    ObjectNode doc = summary(d);
    doc.putObject("body").put("start", d.body().start()).put("end", d.body().end());
    doc.put("text", d.text());
    body.set("document", doc);
    ArrayNode claims = body.putArray("claims");
    List<LedgerEntry> entries = s.claims(ClaimQuery.all().withDoc(id).withLimit(MAX_CLAIMS));
    entries.stream()
        .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
        .forEach(e -> claims.add(span(e)));
    return body;
  }

  private static ObjectNode summary(Document d) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", d.id().value());
    n.put("date", d.date() == null ? null : d.date().toString());
    n.put("outlet", d.outlet());
    n.put("title", d.title());
    n.put("url", d.url());
    n.put("chars", d.text().length());
    return n;
  }

  private static ObjectNode span(LedgerEntry e) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("entry", e.id().value());
    n.put("kind", e.claim().kind().code());
    var status = e.claim().provenance().status();
    n.put("status", status == null ? null : status.code());
    ArrayNode spans = n.putArray("evidence");
    for (Span sp : e.claim().provenance().evidence().spans()) {
      spans.addObject().put("start", sp.start()).put("end", sp.end());
    }
    return n;
  }
}
