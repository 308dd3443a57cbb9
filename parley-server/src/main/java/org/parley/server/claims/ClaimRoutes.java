package org.parley.server.claims;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Endpoint;
import org.parley.server.http.Json;
import org.parley.server.http.Params;
import org.parley.server.http.Snapshots;

/**
 * {@code GET /api/v1/claims}: the claims matching the filters, newest valid time first, one page at
 * a time ({@code limit}, default 100, at most 1,000); {@code has_more} and {@code next_cursor} say
 * when there is more, and every page of one listing reads the snapshot of the first. {@code GET
 * /api/v1/claims/{entry}}: one claim. Thread-safe.
 */
public final class ClaimRoutes {
  /** The most claims one page holds. */
  public static final int MAX_LIMIT = 1000;

  /** The parameters of the listing: the filters, {@code limit} and {@code cursor}. */
  public static final List<String> PARAMETERS = ClaimFilters.names("limit", "cursor");

  private final ClaimLedger ledger;

  public ClaimRoutes(ClaimLedger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/claims", ((Endpoint) this::list).handler(PARAMETERS));
    routes.get("/api/v1/claims/{entry}", this::one);
  }

  /** One page of the claims the filters select ({@link #PARAMETERS}). */
  public ObjectNode list(Params p) {
    int limit = p.integer("limit", ClaimQuery.DEFAULT_LIMIT, 1, MAX_LIMIT);
    Page page = Page.of(p, ledger);
    Page.Slice slice = page.claims(ClaimFilters.query(p), limit);
    ObjectNode body = Json.answer(page.snapshot().asOf());
    ArrayNode claims = body.putArray("claims");
    slice.entries().forEach(e -> claims.add(ClaimJson.tree(e)));
    page.finish(body, slice.entries().size(), slice.hasMore());
    return body;
  }

  private void one(Context ctx) {
    Params p = Params.of(ctx);
    long id = Params.parse("entry", ctx.pathParam("entry"), Long::parseLong);
    if (id < 1) {
      throw ApiProblem.badParameter("entry", "entry ids start at 1: " + id);
    }
    LedgerSnapshot s = Snapshots.read(ledger, p);
    List<LedgerEntry> found = s.claimsById(List.of(new EntryId(id)));
    if (found.isEmpty()) {
      throw ApiProblem.notFound("no claim " + id + " in the ledger as of " + s.asOf());
    }
    ObjectNode body = Json.answer(s.asOf());
    body.set("claim", ClaimJson.tree(found.get(0)));
    Json.send(ctx, s.asOf(), body);
  }
}
