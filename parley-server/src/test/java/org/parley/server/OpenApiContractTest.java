package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The contract the integration tests check responses with rejects what it should. */
class OpenApiContractTest {
  private final OpenApiContract contract = new OpenApiContract();

  @Test
  void theDocumentIsOpenApi31WithEveryRoute() {
    JsonNode doc = contract.document();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.get("paths").properties())
        .extracting(java.util.Map.Entry::getKey)
        .contains(
            "/api/v1/claims",
            "/api/v1/claims/{entry}",
            "/api/v1/documents/{id}",
            "/api/v1/positions",
            "/api/v1/export",
            "/api/v1/ingest",
            "/api/v1/evaluate",
            "/api/v1/control");
  }

  @Test
  void aListingWithoutItsPagingFieldsIsRejected() {
    String body = "{\"as_of\":\"2025-01-01T00:00:00Z\",\"claims\":[]}";
    assertThat(contract.check("GET", "/api/v1/claims", 200, "application/json", body))
        .anySatisfy(e -> assertThat(e).contains("has_more"));
  }

  @Test
  void aClaimWithAnUnknownKindIsRejected() {
    String body =
        "{\"as_of\":\"x\",\"claim\":{\"entry\":1,\"recorded_at\":\"x\",\"superseded_at\":null,"
            + "\"outlet\":null,\"run\":\"r\",\"claim\":{\"schema\":\"parley.claim/1\",\"doc\":\"d\","
            + "\"kind\":\"wish\",\"evidence\":[]}}}";
    assertThat(contract.check("GET", "/api/v1/claims/1", 200, "application/json", body))
        .isNotEmpty();
  }

  @Test
  void anUndocumentedStatusOrMediaTypeIsRejected() {
    assertThat(contract.check("GET", "/api/v1/claims", 200, "text/html", "<p>")).isNotEmpty();
    assertThat(contract.check("DELETE", "/api/v1/claims", 200, "application/json", "{}"))
        .isNotEmpty();
    assertThat(contract.check("GET", "/nowhere", 200, "application/json", "{}")).isNotEmpty();
  }
}
