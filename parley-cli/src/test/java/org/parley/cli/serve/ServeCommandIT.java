package org.parley.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.claims.LedgerCliFixture;

/**
 * {@code parley serve} and {@code parley mcp} as processes, as a user starts them: the server binds
 * 127.0.0.1, prints its address and the write token, logs one line per request and stops cleanly on
 * SIGTERM; {@code parley mcp} answers the SDK's own stdio client.
 */
class ServeCommandIT {
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;

  private List<String> java(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.parley.cli.Parley");
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Test
  void serveAnswersOnLoopbackAndStopsOnSigterm() throws Exception {
    Path db = dir.resolve("ledger.db");
    LedgerCliFixture.fill(db);
    ProcessBuilder pb =
        new ProcessBuilder(java("serve", "--db", db.toString(), "--port", "0"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PARLEY_TOKEN", "a-token-for-the-test-0123456789");
    pb.environment().put("PARLEY_HOME", dir.toString());
    Process p = pb.start();
    BlockingQueue<String> err = lines(p);
    String first = err.poll(120, TimeUnit.SECONDS);
    assertThat(first).startsWith("parley serve: http://127.0.0.1:");
    assertThat(first).contains("writes need the token in $PARLEY_TOKEN");
    Matcher m = ADDRESS.matcher(first);
    assertThat(m.find()).isTrue();
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + m.group(1) + "/api/v1/claims?kind=control"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"doc\":\"doc-control\"");
    assertThat(err.poll(30, TimeUnit.SECONDS)).contains("GET /api/v1/claims?kind=control 200");
    p.toHandle()
        .destroy(); // SIGTERM, leaving our ends of its pipes open (Process.destroy closes them)
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(err.poll(30, TimeUnit.SECONDS)).isEqualTo("parley serve: stopped");
    assertThat(p.exitValue()).isIn(0, 143);
  }

  /** The process's standard error, line by line, read on a thread of its own. */
  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> out = new LinkedBlockingQueue<>();
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  if (!line.startsWith("WARNING:")) {
                    out.add(line);
                  }
                }
              } catch (java.io.IOException e) {
                out.add("(stderr closed: " + e.getMessage() + ")");
              }
            });
    return out;
  }

  @Test
  void mcpServesTheToolsOverStdio() {
    Path db = dir.resolve("ledger.db");
    LedgerCliFixture.fill(db);
    List<String> cmd = java("mcp", "--db", db.toString(), "--index", dir.resolve("idx").toString());
    ServerParameters params =
        ServerParameters.builder(cmd.get(0)).args(cmd.subList(1, cmd.size())).build();
    var transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(new ObjectMapper()));
    // a busy machine may take long to start a JVM and load the knowledge base
    McpSyncClient client =
        McpClient.sync(transport)
            .initializationTimeout(Duration.ofSeconds(120))
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    try {
      client.initialize();
      assertThat(client.listTools().tools()).hasSize(6);
      McpSchema.CallToolResult r =
          client.callTool(new McpSchema.CallToolRequest("search_claims", Map.of("kind", "demand")));
      String text = ((McpSchema.TextContent) r.content().get(0)).text();
      assertThat(text).contains("\"doc\":\"doc-demand\"", "\"citations\"");
    } finally {
      client.closeGracefully();
    }
  }
}
