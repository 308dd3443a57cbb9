package org.parley.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.search.LuceneSearchIndex;
import org.parley.server.ApiServer;
import org.parley.server.Resources;
import org.parley.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley mcp}: Parley's MCP tools for an assistant, over standard input and output. */
@Command(
    name = "mcp",
    header = "Serves Parley's MCP tools to an assistant.",
    mixinStandardHelpOptions = true,
    description = {
      "Serves Parley's MCP tools (positions, shifts, gap, search_claims, check_control,",
      "document) over standard input and output, for an assistant that starts it as a",
      "subprocess; every answer carries citations (document, span, status) and the instant that",
      "reproduces it. Stops when standard input closes. Read-only."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley mcp", "  parley mcp --db ledger.db"})
public final class McpCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    CountDownLatch closed = new CountDownLatch(1);
    try (ClaimLedger ledger = server.open()) {
      ServerSettings settings = server.settings(ledger, log);
      try (LuceneSearchIndex index = LuceneSearchIndex.open(settings.searchFolder(), ledger)) {
        var transport =
            new StdioServerTransportProvider(
                new JacksonMcpJsonMapper(new ObjectMapper()), endOf(System.in, closed), System.out);
        Resources resources = new Resources(settings, index);
        McpSyncServer mcp = ApiServer.mcpServer(McpServer.sync(transport), resources);
        log.println("parley mcp: serving " + ledger.describe() + " on stdin/stdout");
        closed.await();
        mcp.closeGracefully();
        resources.close();
      }
    }
    return 0;
  }

  /** {@code in}, counting {@code latch} down when it reaches its end. */
  private static InputStream endOf(InputStream in, CountDownLatch latch) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          latch.countDown();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
          latch.countDown();
        }
        return n;
      }
    };
  }
}
