package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.analysis.position.PositionFinder;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.report.Names;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;

/**
 * The REST API on a real server over the sample corpus: listings with filters and cursors, the
 * answers, documents with their spans, search, exports, territory, and reproducibility with {@code
 * as_of}. Every response is checked against the OpenAPI document by {@link ApiClient}.
 */
class RestApiIT {
  private static ServerFixture fx;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    fx = ServerFixture.get();
    api = fx.client;
  }

  private static String at() {
    return "as_of=" + fx.afterSamples;
  }

  @Test
  void claimsPageThroughEveryMatchAndSayWhenThereIsMore() {
    Set<Long> seen = new HashSet<>();
    String next = "/api/v1/claims?party=RUS&limit=7&" + at();
    String asOf = null;
    int pages = 0;
    while (next != null) {
      JsonNode page = api.get(next).json();
      asOf = asOf == null ? page.get("as_of").asText() : asOf;
      assertThat(page.get("as_of").asText()).isEqualTo(asOf);
      page.get("claims").forEach(c -> assertThat(seen.add(c.get("entry").asLong())).isTrue());
      assertThat(page.get("count").asInt()).isEqualTo(page.get("claims").size());
      next =
          page.get("has_more").asBoolean()
              ? "/api/v1/claims?party=RUS&limit=7&cursor=" + page.get("next_cursor").asText()
              : null;
      pages++;
    }
    long exported = api.get("/api/v1/export?format=jsonl&party=RUS&" + at()).body().lines().count();
    assertThat(seen).hasSize((int) exported);
    assertThat(pages).isEqualTo((int) Math.ceil(exported / 7.0));
    assertThat(exported).isGreaterThan(20);
  }

  @Test
  void filtersNarrowTheListingAsTheCommandLineDoes() {
    JsonNode controls = api.get("/api/v1/claims?kind=control&region=UA-14&" + at()).json();
    assertThat(controls.get("claims")).isNotEmpty();
    controls
        .get("claims")
        .forEach(
            c -> {
              assertThat(c.at("/claim/kind").asText()).isEqualTo("control");
              assertThat(c.at("/claim/regions").toString()).contains("UA-14");
            });
    JsonNode oneDoc = api.get("/api/v1/claims?doc=17_alaska_summit&" + at()).json();
    oneDoc
        .get("claims")
        .forEach(c -> assertThat(c.at("/claim/doc").asText()).isEqualTo("17_alaska_summit"));
  }

  @Test
  void aDocumentCarriesItsTextAndTheSpansOfItsClaims() {
    JsonNode d = api.get("/api/v1/documents/17_alaska_summit?" + at()).json();
    String text = d.at("/document/text").asText();
    assertThat(d.get("claims")).isNotEmpty();
    for (JsonNode c : d.get("claims")) {
      JsonNode claim = api.get("/api/v1/claims/" + c.get("entry").asLong()).json().get("claim");
      JsonNode span = c.get("evidence").get(0);
      String quoted = text.substring(span.get("start").asInt(), span.get("end").asInt());
      assertThat(claim.at("/claim/text").asText())
          .startsWith(quoted.substring(0, Math.min(20, quoted.length())));
      assertThat(claim.at("/claim/doc").asText()).isEqualTo("17_alaska_summit");
    }
    JsonNode list = api.get("/api/v1/documents?limit=5&" + at()).json();
    assertThat(list.get("documents")).hasSize(5);
    assertThat(list.get("has_more").asBoolean()).isTrue();
  }

  @Test
  void positionsAreTheAnalysisJsonOfTheSameSnapshot() {
    JsonNode served = api.get("/api/v1/positions?party=Russia&citations=100000&" + at()).json();
    LedgerSnapshot s = fx.ledger.asOf(fx.afterSamples);
    String direct =
        new AnalysisJson(new Names(KnowledgeBase.loadDefault()))
            .positions(new PositionFinder().find(s, ActorId.of("RUS"), null));
    assertThat(served).isEqualTo(json(direct));
    assertThat(served.get("issues")).isNotEmpty();
  }

  @Test
  void citationListsAreBoundedAndSaySo() {
    JsonNode cut = api.get("/api/v1/positions?party=RUS&citations=1&" + at()).json();
    JsonNode full = api.get("/api/v1/positions?party=RUS&citations=100000&" + at()).json();
    int bounded = 0;
    for (int i = 0; i < cut.get("issues").size(); i++) {
      JsonNode c = cut.at("/issues/" + i + "/current");
      JsonNode f = full.at("/issues/" + i + "/current");
      assertThat(c.get("claims").size()).isLessThanOrEqualTo(1);
      if (f.get("claims").size() > 1) {
        bounded++;
        assertThat(c.get("claims_total").asInt()).isEqualTo(f.get("claims").size());
        assertThat(c.get("claims").get(0)).isEqualTo(f.get("claims").get(0));
      } else {
        assertThat(c.has("claims_total")).isFalse();
      }
    }
    assertThat(bounded).isPositive();
  }

  @Test
  void shiftsDisputesAndGapAnswerWithTheirInstant() {
    for (String q :
        List.of(
            "/api/v1/shifts?party=UKR&since=2022",
            "/api/v1/disputes?period=year",
            "/api/v1/gap?first=Russia&second=Kyiv")) {
      ApiClient.Reply r = api.get(q + "&" + at());
      assertThat(r.status()).as(q).isEqualTo(200);
      assertThat(r.json().get("as_of").asText()).isEqualTo(fx.afterSamples.toString());
      assertThat(r.raw().headers().firstValue("Parley-As-Of")).hasValue(fx.afterSamples.toString());
    }
    assertThat(api.get("/api/v1/gap?first=RUS&second=UKR&" + at()).json().get("rows")).isNotEmpty();
  }

  @Test
  void searchFindsClaimsAndDocumentsAndSaysWhenThereIsMore() {
    JsonNode all = api.get("/api/v1/search?q=" + enc("security guarantees") + "&limit=1").json();
    assertThat(all.get("hits")).hasSize(1);
    assertThat(all.get("has_more").asBoolean()).isTrue();
    JsonNode claims = api.get("/api/v1/search?q=ceasefire&kind=claim&limit=50").json();
    assertThat(claims.get("hits")).isNotEmpty();
    claims.get("hits").forEach(h -> assertThat(h.get("kind").asText()).isEqualTo("claim"));
  }

  @Test
  void exportsComeInEachFormat() {
    ApiClient.Reply csv = api.get("/api/v1/export?format=csv&kind=control&" + at());
    assertThat(csv.mediaType()).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst())
        .hasValueSatisfying(h -> assertThat(h).startsWith("entry,doc,kind"));
    ApiClient.Reply geo = api.get("/api/v1/export?format=geojson&kind=control&" + at());
    assertThat(geo.json().get("features")).isNotEmpty();
    ApiClient.Reply jsonl = api.get("/api/v1/export?kind=control&" + at());
    assertThat(jsonl.body().lines().count()).isEqualTo(csv.body().lines().count() - 1);
  }

  @Test
  void shadingComesFromTheMapOfTheDayAndChangesWithIt() {
    JsonNode early = api.get("/api/v1/control?date=2025-08-05").json();
    JsonNode late = api.get("/api/v1/control?date=2025-08-20").json();
    assertThat(early.at("/map/date").asText()).isEqualTo("2025-08-01");
    assertThat(late.at("/map/date").asText()).isEqualTo("2025-08-15");
    assertThat(share(late, "UA-23")).isGreaterThan(share(early, "UA-23") + 0.2);
    assertThat(early.get("regions")).hasSize(27);
    JsonNode none = api.get("/api/v1/control?date=2020-01-01").json();
    assertThat(none.get("map").isNull()).isTrue();
    assertThat(none.get("note").asText()).contains("no map");
    assertThat(api.get("/api/v1/control/dates").json().get("dates").toString())
        .isEqualTo("[\"2025-08-01\",\"2025-08-15\"]");
  }

  @Test
  void controlClaimsCarryTheirMapCheck() {
    JsonNode checks = api.get("/api/v1/check-control?valid_from=2025-08&limit=50").json();
    assertThat(checks.get("checks")).isNotEmpty();
    List<String> verdicts = new ArrayList<>();
    checks.get("checks").forEach(c -> verdicts.add(c.at("/check/verdict").asText()));
    assertThat(verdicts).allSatisfy(v -> assertThat(v).isNotBlank());
  }

  @Test
  void aProposalIsMeasuredOnTheServersMaps() {
    String yaml = "name: test\nreference: 2025-08-15\nterms:\n  - cede: [UA-14]\n    to: RUS\n";
    ApiClient.Reply r = api.post("/api/v1/evaluate", "application/yaml", yaml, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/map/date").asText()).isEqualTo("2025-08-15");
    assertThat(r.json().get("transfers")).isNotEmpty();
    ApiClient.Reply withMap =
        api.post("/api/v1/evaluate", "application/yaml", yaml + "map: /etc/passwd\n", null);
    assertThat(withMap.status()).isEqualTo(400);
  }

  @Test
  void asOfReproducesTheLedgerBeforeLaterIngests() {
    String before = api.get("/api/v1/claims?limit=1000&" + at()).json().get("claims").toString();
    String article =
        " date 2025-09-02 Kremlin restates its demand\n\nKremlin spokesman Dmitry Peskov said on"
            + " Tuesday that Russia demands that Ukraine withdraw its troops from the Donbas.\n";
    ApiClient.Reply posted =
        api.post("/api/v1/ingest?id=asof_probe", "text/plain", article, ServerFixture.TOKEN);
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    String again = api.get("/api/v1/claims?limit=1000&" + at()).json().get("claims").toString();
    assertThat(again).isEqualTo(before);
    JsonNode doc = api.get("/api/v1/documents/asof_probe").json();
    assertThat(doc.at("/document/id").asText()).isEqualTo("asof_probe");
    assertThat(api.get("/api/v1/documents/asof_probe?" + at()).status()).isEqualTo(404);
  }

  private static double share(JsonNode control, String region) {
    for (JsonNode r : control.get("regions")) {
      if (r.get("region").asText().equals(region)) {
        return r.get("share").asDouble();
      }
    }
    throw new AssertionError("no row for " + region);
  }

  private static JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
