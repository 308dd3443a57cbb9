package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MCP endpoint over streamable HTTP, driven by the SDK's own client: the tools are listed, each
 * answers with the REST answer of the same name plus citations that point into real documents, and
 * a bad argument is a tool error naming it.
 */
class McpIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServerFixture fx;
  private static McpSyncClient client;

  @BeforeAll
  static void connect() {
    fx = ServerFixture.get();
    var transport =
        HttpClientStreamableHttpTransport.builder(fx.base)
            .endpoint(ApiServer.MCP_PATH)
            .jsonMapper(new JacksonMcpJsonMapper(JSON))
            .build();
    client =
        McpClient.sync(transport)
            .initializationTimeout(Duration.ofSeconds(60))
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    client.initialize();
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.closeGracefully();
    }
  }

  private static JsonNode call(String tool, Map<String, Object> args) throws Exception {
    McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest(tool, args));
    assertThat(r.isError()).as(tool + ": " + r.content()).isNotEqualTo(Boolean.TRUE);
    String text = ((McpSchema.TextContent) r.content().get(0)).text();
    JsonNode answer = JSON.readTree(text);
    JsonNode structured = JSON.valueToTree(r.structuredContent());
    assertThat(structured).isEqualTo(answer);
    return answer;
  }

  @Test
  void theToolsAreListed() {
    assertThat(client.listTools().tools())
        .extracting(McpSchema.Tool::name)
        .containsExactly(
            "positions", "shifts", "gap", "search_claims", "check_control", "document");
  }

  @Test
  void everyAnswerCarriesCitationsIntoItsDocuments() throws Exception {
    String asOf = fx.afterSamples.toString();
    List<JsonNode> answers =
        List.of(
            call("positions", Map.of("party", "Russia", "as_of", asOf)),
            call("shifts", Map.of("party", "UKR", "as_of", asOf)),
            call("gap", Map.of("first", "RUS", "second", "UKR", "as_of", asOf)),
            call("search_claims", Map.of("query", "ceasefire", "as_of", asOf)),
            call("search_claims", Map.of("party", "RUS", "kind", "demand", "as_of", asOf)),
            call("check_control", Map.of("region", "UA-14", "as_of", asOf)),
            call("document", Map.of("doc", "17_alaska_summit", "as_of", asOf)));
    for (JsonNode a : answers) {
      assertThat(a.get("as_of").asText()).isEqualTo(asOf);
      assertThat(a.get("citations")).isNotEmpty();
      for (JsonNode c : a.get("citations")) {
        assertThat(c.get("doc").asText()).isNotBlank();
        assertThat(c.get("evidence")).isNotEmpty();
        assertThat(c.has("status")).isTrue();
      }
    }
    JsonNode c = answers.get(0).get("citations").get(0);
    String text =
        fx.client
            .get("/api/v1/documents/" + c.get("doc").asText())
            .json()
            .at("/document/text")
            .asText();
    JsonNode span = c.get("evidence").get(0);
    assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
        .isEqualTo(c.get("text").asText());
  }

  @Test
  void theAnswerIsTheRestAnswer() throws Exception {
    String asOf = fx.afterSamples.toString();
    JsonNode tool = call("positions", Map.of("party", "RUS", "as_of", asOf));
    JsonNode rest = fx.client.get("/api/v1/positions?party=RUS&as_of=" + asOf).json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) tool).remove("citations");
    assertThat(tool).isEqualTo(rest);
  }

  @Test
  void aBadArgumentIsAToolErrorNamingIt() {
    McpSchema.CallToolResult r =
        client.callTool(new McpSchema.CallToolRequest("positions", Map.of("party", "Atlantis")));
    assertThat(r.isError()).isTrue();
    assertThat(((McpSchema.TextContent) r.content().get(0)).text()).startsWith("party: ");
    McpSchema.CallToolResult unknown =
        client.callTool(new McpSchema.CallToolRequest("document", Map.of("doc", "x", "page", "2")));
    assertThat(unknown.isError()).isTrue();
  }
}
