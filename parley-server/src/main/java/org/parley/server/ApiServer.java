package org.parley.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.parley.ledger.search.LuceneSearchIndex;
import org.parley.server.http.Problems;

/**
 * The Parley server: one Javalin process serving the REST API under {@code /api/v1} (its OpenAPI
 * document at {@code /api/v1/openapi.json}), the web UI at {@code /} with its assets from the class
 * path, and the MCP endpoint at {@code /mcp}. It writes one line per request to the settings' log.
 * It owns the search index it opens; the ledger stays the caller's. Thread-safe.
 */
public final class ApiServer implements AutoCloseable {
  /** The MCP endpoint's path. */
  public static final String MCP_PATH = "/mcp";

  private final Javalin app;
  private final LuceneSearchIndex index;
  private final McpSyncServer mcp;
  private final Resources resources;

  private ApiServer(Javalin app, LuceneSearchIndex index, McpSyncServer mcp, Resources resources) {
    this.app = app;
    this.index = index;
    this.mcp = mcp;
    this.resources = resources;
  }

  /**
   * Starts a server on {@code host}:{@code port} ({@code 0}: any free port).
   *
   * @throws io.javalin.util.JavalinException if the port cannot be bound
   */
  public static ApiServer start(ServerSettings settings, String host, int port) {
    LuceneSearchIndex index = LuceneSearchIndex.open(settings.searchFolder(), settings.ledger());
    Resources resources = new Resources(settings, index);
    var transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
            .mcpEndpoint(MCP_PATH)
            .build();
    McpSyncServer mcp = mcpServer(McpServer.sync(transport), resources);
    byte[] openApi = resource("openapi.json");
    Javalin app =
        Javalin.create(
            config -> {
              configure(config, settings);
              config.jetty.modifyServletContextHandler(
                  h -> {
                    ServletHolder holder = new ServletHolder(transport);
                    holder.setAsyncSupported(true);
                    h.addServlet(holder, MCP_PATH);
                  });
              Problems.install(config.routes, settings.log());
              config.routes.get(
                  "/api/v1/openapi.json",
                  ctx -> ctx.contentType("application/json").result(openApi));
              resources.register(config.routes);
            });
    app.start(host, port);
    return new ApiServer(app, index, mcp, resources);
  }

  /** The MCP server over {@code spec}'s transport, with Parley's tools. */
  public static McpSyncServer mcpServer(McpServer.SyncSpecification<?> spec, Resources resources) {
    return spec.serverInfo("parley", version())
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .instructions(
            "Parley keeps a sourced, bitemporal ledger of claims about the Russia-Ukraine peace"
                + " negotiations. Every answer carries as_of (pass it back to reproduce the answer)"
                + " and citations: the document, evidence spans and status of each claim used.")
        .tools(resources.tools().specifications())
        .build();
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    try {
      mcp.closeGracefully();
    } finally {
      try {
        app.stop();
      } finally {
        resources.close();
        index.close();
      }
    }
  }

  private static void configure(JavalinConfig config, ServerSettings settings) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.staticFiles.add(
        sf -> {
          sf.hostedPath = "/";
          sf.directory = "/org/parley/server/ui";
          sf.location = Location.CLASSPATH;
        });
    config.staticFiles.enableWebjars();
    config.requestLogger.http(
        (ctx, millis) ->
            settings
                .log()
                .printf(
                    "%s %s %s %d %.1f ms%n",
                    Instant.now(), ctx.method(), target(ctx), ctx.statusCode(), millis));
    if (!settings.corsOrigins().isEmpty()) {
      config.routes.before(ctx -> cors(ctx, settings));
    }
  }

  private static void cors(Context ctx, ServerSettings settings) {
    String origin = ctx.header("Origin");
    if (origin != null && settings.corsOrigins().contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
    }
  }

  private static String target(Context ctx) {
    String q = ctx.queryString();
    return q == null ? ctx.path() : ctx.path() + "?" + q;
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, "missing resource " + name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version() {
    Package p = ApiServer.class.getPackage();
    return p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
  }
}
