package org.parley.ledger.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.contract.ClaimWriter;

/**
 * A search hit as JSON: its kind ({@code claim} or {@code document}), document, score, title,
 * snippet and, for a claim, its entry and {@code parley.claim/1} record. Fields keep a fixed order.
 * Stateless and thread-safe.
 */
public final class SearchHitJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchHitJson() {}

  /** The hit as one JSON object. */
  public static ObjectNode tree(SearchHit h) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", h.isClaim() ? "claim" : "document");
    o.put("doc", h.doc().value());
    o.put("score", h.score());
    if (h.title() != null) {
      o.put("title", h.title());
    }
    o.put("snippet", h.snippet());
    if (h.entry() != null) {
      o.put("entry", h.entry().id().value());
      try {
        o.set("claim", JSON.readTree(new ClaimWriter().write(h.entry().claim())));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the claim writer wrote invalid JSON", e);
      }
    }
    return o;
  }
}
