package org.parley.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.server.http.Json;

/**
 * Collects the claims an answer cites: every object in its tree that carries a ledger {@code
 * entry}, as {@code {entry, doc, evidence, status, text}}, in order of first appearance, each entry
 * once. The document and evidence come from the object itself, its {@code claim} record, or the
 * answer's document. Stateless.
 */
final class Citations {
  private Citations() {}

  static ArrayNode of(JsonNode answer) {
    Map<Long, ObjectNode> found = new LinkedHashMap<>();
    JsonNode doc = answer.path("document").path("id");
    walk(answer, doc.isTextual() ? doc.asText() : null, found);
    ArrayNode out = Json.MAPPER.createArrayNode();
    found.values().forEach(out::add);
    return out;
  }

  private static void walk(JsonNode node, @Nullable String doc, Map<Long, ObjectNode> found) {
    if (node.isObject() && node.path("entry").isIntegralNumber()) {
      found.computeIfAbsent(node.get("entry").asLong(), e -> citation(node, doc));
    }
    node.forEach(child -> walk(child, doc, found));
  }

  private static ObjectNode citation(JsonNode node, @Nullable String doc) {
    JsonNode claim = node.path("claim");
    ObjectNode c = Json.MAPPER.createObjectNode();
    c.put("entry", node.get("entry").asLong());
    c.put("doc", first(node, claim, "doc", doc));
    JsonNode evidence = node.has("evidence") ? node.get("evidence") : claim.get("evidence");
    c.set("evidence", evidence == null ? Json.MAPPER.createArrayNode() : evidence.deepCopy());
    c.put("status", first(node, claim, "status", null));
    c.put("text", first(node, claim, "text", null));
    return c;
  }

  private static @Nullable String first(
      JsonNode node, JsonNode claim, String field, @Nullable String fallback) {
    JsonNode v = node.path(field);
    if (v.isTextual()) {
      return v.asText();
    }
    v = claim.path(field);
    return v.isTextual() ? v.asText() : fallback;
  }
}
