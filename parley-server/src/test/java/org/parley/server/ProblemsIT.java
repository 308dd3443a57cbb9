package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Errors are RFC 9457 problem documents with the right status: a bad parameter is a 400 naming it,
 * a missing resource a 404, an oversized body a 413, a wrong media type a 415, a write without the
 * token a 401; no malformed query yields a 500. Also: one log line per request, CORS off.
 */
class ProblemsIT {
  private static final List<String> GARBAGE =
      List.of(
          "",
          "x",
          "-1",
          "0",
          "99999999999",
          "2025-02-30",
          "%00",
          "'%20OR%201=1",
          "%7B",
          "%C3%BC",
          "1e309",
          "NaN",
          "..%2F..%2Fetc");

  private static final Map<String, List<String>> ENDPOINTS =
      Map.of(
          "/api/v1/claims",
          List.of(
              "party",
              "kind",
              "type",
              "region",
              "valid_from",
              "valid_to",
              "status",
              "doc",
              "outlet",
              "history",
              "limit",
              "cursor",
              "as_of"),
          "/api/v1/positions?party=RUS",
          List.of("valid_at", "as_of", "party"),
          "/api/v1/shifts?party=RUS",
          List.of("since", "stale_months"),
          "/api/v1/disputes",
          List.of("tolerance", "area_tolerance", "period", "valid_at"),
          "/api/v1/gap?first=RUS",
          List.of("second", "valid_at"),
          "/api/v1/search?q=talks",
          List.of("q", "limit", "kind"),
          "/api/v1/export",
          List.of("format", "region", "valid_from"),
          "/api/v1/control",
          List.of("date"),
          "/api/v1/check-control",
          List.of("region", "limit", "cursor"),
          "/api/v1/documents",
          List.of("limit", "cursor"));

  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ServerFixture.get().client;
  }

  @Test
  void aBadParameterIsA400ThatNamesIt() {
    for (String q :
        List.of(
            "/api/v1/claims?kind=wish",
            "/api/v1/claims?limit=0",
            "/api/v1/claims?valid_from=2025-13",
            "/api/v1/claims?as_of=yesterday",
            "/api/v1/claims?cursor=bm9wZQ",
            "/api/v1/positions?party=Atlantis",
            "/api/v1/search?q=AND%20(",
            "/api/v1/export?format=xml")) {
      ApiClient.Reply r = api.get(q);
      assertThat(r.status()).as(q).isEqualTo(400);
      assertThat(r.mediaType()).startsWith("application/problem+json");
      String param = q.substring(q.indexOf('?') + 1, q.indexOf('='));
      assertThat(r.json().get("parameter").asText()).as(q).isEqualTo(param);
      assertThat(r.json().get("detail").asText()).contains(param);
    }
    ApiClient.Reply unknown = api.get("/api/v1/claims?partey=RUS");
    assertThat(unknown.json().get("parameter").asText()).isEqualTo("partey");
    ApiClient.Reply missing = api.get("/api/v1/positions");
    assertThat(missing.json().get("parameter").asText()).isEqualTo("party");
  }

  @Test
  void noMalformedQueryYieldsA500() {
    ENDPOINTS.forEach(
        (path, params) -> {
          for (String p : params) {
            for (String v : GARBAGE) {
              String sep = path.contains("?") ? "&" : "?";
              ApiClient.Reply r = api.get(path + sep + p + "=" + v);
              assertThat(r.status()).as(path + sep + p + "=" + v + ": " + r.body()).isLessThan(500);
            }
          }
        });
  }

  @Test
  void whatTheLedgerDoesNotHoldIsA404() {
    JsonNode claim = api.get("/api/v1/claims/999999").json();
    assertThat(claim.get("status").asInt()).isEqualTo(404);
    assertThat(api.get("/api/v1/documents/no_such_doc").status()).isEqualTo(404);
    ApiClient.Reply path = api.get("/api/v1/nothing/here");
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.mediaType()).startsWith("application/problem+json");
    assertThat(api.get("/api/v1/claims/abc").status()).isEqualTo(400);
  }

  @Test
  void writesNeedTheTokenAndBodiesHaveLimits() {
    String doc = " date 2025-09-01 x\n\nNothing happened.\n";
    assertThat(api.post("/api/v1/ingest", "text/plain", doc, null).status()).isEqualTo(401);
    assertThat(api.post("/api/v1/ingest", "text/plain", doc, "wrong-token-wrong-token").status())
        .isEqualTo(401);
    ApiClient.Reply type = api.post("/api/v1/ingest", "application/pdf", doc, ServerFixture.TOKEN);
    assertThat(type.status()).isEqualTo(415);
    String huge = "x".repeat((1 << 20) + 1);
    assertThat(api.post("/api/v1/ingest", "text/plain", huge, ServerFixture.TOKEN).status())
        .isEqualTo(413);
    assertThat(api.post("/api/v1/evaluate", "application/yaml", huge, null).status())
        .isEqualTo(413);
    assertThat(api.post("/api/v1/evaluate", "text/xml", "<a/>", null).status()).isEqualTo(415);
    assertThat(api.post("/api/v1/evaluate", "application/yaml", "terms: [", null).status())
        .isEqualTo(400);
  }

  @Test
  void everyRequestLogsOneLine() {
    ServerFixture fx = ServerFixture.get();
    long before = fx.log.text().lines().count();
    api.get("/api/v1/claims?limit=1&region=UA-23");
    List<String> lines = fx.log.text().lines().toList();
    assertThat(lines).hasSize((int) before + 1);
    assertThat(lines.get(lines.size() - 1)).contains("GET /api/v1/claims?limit=1&region=UA-23 200");
  }

  @Test
  void corsIsOffByDefault() {
    ApiClient.Reply r =
        api.send(
            HttpRequest.newBuilder(URI.create(ServerFixture.get().base + "/api/v1/claims?limit=1"))
                .header("Origin", "https://elsewhere.example")
                .GET()
                .build());
    assertThat(r.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
