package org.parley.server.answers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Objects;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.search.LuceneSearchIndex;
import org.parley.ledger.search.SearchHit;
import org.parley.ledger.search.SearchHitJson;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Endpoint;
import org.parley.server.http.Json;
import org.parley.server.http.Params;
import org.parley.server.http.Snapshots;

/**
 * {@code GET /api/v1/search?q=…}: the documents and claims whose text matches, best first, as
 * {@code parley search --json} lists them (Lucene syntax; a query that does not parse is a 400
 * naming {@code q}). Thread-safe.
 */
public final class SearchRoutes {
  public static final List<String> PARAMETERS = List.of("q", "limit", "kind");

  /** How many hits a search of one kind looks through before filtering. */
  private static final int MAX_SCAN = 1000;

  private final ClaimLedger ledger;
  private final LuceneSearchIndex index;

  public SearchRoutes(ClaimLedger ledger, LuceneSearchIndex index) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.index = Objects.requireNonNull(index, "index");
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/search", ((Endpoint) this::search).handler(PARAMETERS));
  }

  /**
   * The best hits for {@code q}, at most {@code limit} (default 20, at most 200), {@code has_more}
   * when more matched; {@code kind=claim} keeps claims only.
   */
  public ObjectNode search(Params p) {
    String q = p.required("q");
    int limit = p.integer("limit", 20, 1, 200);
    String kind = p.text("kind");
    if (kind != null && !kind.equals("claim") && !kind.equals("document")) {
      throw ApiProblem.badParameter("kind", "'kind' is claim or document, not '" + kind + "'");
    }
    LedgerSnapshot s = Snapshots.read(ledger, p);
    int wanted = kind == null ? limit + 1 : MAX_SCAN;
    List<SearchHit> hits =
        Params.parse("q", q, text -> index.search(text, s, wanted)).stream()
            .filter(h -> kind == null || h.isClaim() == kind.equals("claim"))
            .toList();
    ObjectNode body = Json.answer(s.asOf());
    body.put("query", q);
    ArrayNode list = body.putArray("hits");
    hits.stream().limit(limit).forEach(h -> list.add(SearchHitJson.tree(h)));
    body.put("count", list.size());
    body.put("has_more", hits.size() > limit);
    return body;
  }
}
