package org.parley.server.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.DocumentId;
import org.parley.server.answers.AnswerRoutes;
import org.parley.server.answers.SearchRoutes;
import org.parley.server.claims.ClaimRoutes;
import org.parley.server.documents.DocumentRoutes;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Endpoint;
import org.parley.server.http.Json;
import org.parley.server.http.Params;
import org.parley.server.territory.TerritoryRoutes;

/**
 * The MCP tools, each a REST endpoint under another name: positions, shifts, gap, search_claims
 * (full text over claim evidence with {@code query}, else the claim filters), check_control and
 * document (its text with the spans of its claims). Every result carries the answer as structured
 * content and as text, with {@code citations} (entry, doc, evidence spans, status) added; a bad
 * argument is a tool error naming it. Thread-safe.
 */
public final class ParleyTools {
  private static final String AS_OF =
      "recorded instant to read the ledger as of (2025-11-25T16:43:37Z or 2025-11-25); default:"
          + " the latest, named in the answer's as_of";

  private final AnswerRoutes answers;
  private final SearchRoutes search;
  private final ClaimRoutes claims;
  private final TerritoryRoutes territory;
  private final DocumentRoutes documents;

  public ParleyTools(
      AnswerRoutes answers,
      SearchRoutes search,
      ClaimRoutes claims,
      TerritoryRoutes territory,
      DocumentRoutes documents) {
    this.answers = answers;
    this.search = search;
    this.claims = claims;
    this.territory = territory;
    this.documents = documents;
  }

  /** The tool specifications, in a fixed order. */
  public List<SyncToolSpecification> specifications() {
    List<SyncToolSpecification> all = new ArrayList<>(answerTools());
    all.addAll(lookupTools());
    return List.copyOf(all);
  }

  /** The answers: positions, shifts and the gap between two parties. */
  private List<SyncToolSpecification> answerTools() {
    return List.of(
        tool(
            "positions",
            "A party's current position on each issue, with the claims that support it.",
            answers::positions,
            AnswerRoutes.POSITIONS,
            "party"),
        tool(
            "shifts",
            "How a party's positions changed (new, dropped, widened, narrowed, softened,"
                + " hardened, reversed), with the claims before and after.",
            answers::shifts,
            AnswerRoutes.SHIFTS,
            "party"),
        tool(
            "gap",
            "Two parties' positions side by side per issue: compatible, conflicting, one-sided.",
            answers::gap,
            AnswerRoutes.GAP,
            "first",
            "second"));
  }

  /** The look-ups: claim search, control checks and documents. */
  private List<SyncToolSpecification> lookupTools() {
    return List.of(
        tool(
            "search_claims",
            "Claims whose evidence matches 'query' (Lucene syntax), best first; without a query,"
                + " the claims the filters select, newest first.",
            this::searchClaims,
            searchParameters()),
        tool(
            "check_control",
            "The ledger's territorial-control claims, newest first, each checked against the"
                + " control maps the server was started with.",
            territory::checkControl,
            TerritoryRoutes.CHECK),
        tool(
            "document",
            "A document's text with the evidence spans, kind and status of each of its claims.",
            p -> documents.document(p, Params.parse("doc", p.required("doc"), DocumentId::new)),
            List.of("doc"),
            "doc"));
  }

  private ObjectNode searchClaims(Params p) {
    String query = p.text("query");
    if (query == null) {
      Map<String, String> rest = new TreeMap<>();
      for (String n : ClaimRoutes.PARAMETERS) {
        if (p.text(n) != null) {
          rest.put(n, p.text(n));
        }
      }
      if (p.text("as_of") != null) {
        rest.put("as_of", p.text("as_of"));
      }
      return claims.list(Params.of(rest, ClaimRoutes.PARAMETERS.toArray(String[]::new)));
    }
    Map<String, String> args = new TreeMap<>(Map.of("q", query, "kind", "claim"));
    if (p.text("limit") != null) {
      args.put("limit", p.text("limit"));
    }
    if (p.text("as_of") != null) {
      args.put("as_of", p.text("as_of"));
    }
    for (String n : ClaimRoutes.PARAMETERS) {
      if (!n.equals("limit") && p.text(n) != null) {
        throw ApiProblem.badParameter(n, "'" + n + "' does not go with 'query'");
      }
    }
    return search.search(Params.of(args, SearchRoutes.PARAMETERS.toArray(String[]::new)));
  }

  private static List<String> searchParameters() {
    List<String> all = new ArrayList<>(List.of("query"));
    all.addAll(ClaimRoutes.PARAMETERS);
    return all;
  }

  private static SyncToolSpecification tool(
      String name, String description, Endpoint endpoint, List<String> params, String... required) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String p : params) {
      properties.put(p, Map.of("type", "string"));
    }
    properties.put("as_of", Map.of("type", "string", "description", AS_OF));
    var schema =
        new McpSchema.JsonSchema("object", properties, List.of(required), false, null, null);
    McpSchema.Tool tool =
        McpSchema.Tool.builder().name(name).description(description).inputSchema(schema).build();
    String[] allowed = params.toArray(String[]::new);
    return new SyncToolSpecification(
        tool, (exchange, request) -> call(endpoint, allowed, request.arguments()));
  }

  private static McpSchema.CallToolResult call(
      Endpoint endpoint, String[] allowed, Map<String, Object> arguments) {
    Map<String, String> args = new TreeMap<>();
    if (arguments != null) {
      arguments.forEach((k, v) -> args.put(k, v == null ? null : String.valueOf(v)));
    }
    try {
      ObjectNode answer = endpoint.answer(Params.of(args, allowed));
      answer.set("citations", Citations.of(answer));
      return McpSchema.CallToolResult.builder()
          .addTextContent(Json.write(answer))
          .structuredContent(Json.MAPPER.convertValue(answer, Map.class))
          .build();
    } catch (ApiProblem | IllegalArgumentException e) {
      String where = e instanceof ApiProblem a && a.parameter() != null ? a.parameter() + ": " : "";
      return McpSchema.CallToolResult.builder()
          .addTextContent(where + e.getMessage())
          .isError(true)
          .build();
    }
  }
}
