package org.parley.cli.serve;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.ledger.ClaimLedger;
import org.parley.server.ApiServer;
import org.parley.server.ServerSettings;
import org.parley.server.ingest.BearerToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley serve}: the REST API, the web UI and the MCP endpoint, in one process. */
@Command(
    name = "serve",
    header = "Serves the ledger over HTTP: web UI, REST API and OpenAPI document.",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the ledger over HTTP: the web UI at /, the REST API under /api/v1 (OpenAPI 3.1 at",
      "/api/v1/openapi.json) and the MCP endpoint at /mcp. Binds 127.0.0.1 unless --bind says",
      "otherwise; logs one line per request on stderr; stops cleanly on SIGTERM or Ctrl-C.",
      "Writes (POST /api/v1/ingest) need 'Authorization: Bearer TOKEN': the token is",
      "$PARLEY_TOKEN, else a fresh one printed at start; --read-only refuses all writes."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley serve --port 8080",
      "  parley serve --db postgresql://parley:parley@127.0.0.1:55432/parley --read-only"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ServerOptions server;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "the address to listen on (default: ${DEFAULT-VALUE})")
  String bind;

  @Option(names = "--read-only", description = "refuse every write, whatever PARLEY_TOKEN says")
  boolean readOnly;

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      description = "let pages from ORIGIN read the API (repeatable; default: CORS off)")
  List<String> cors = new ArrayList<>();

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "16777216",
      description = "the largest request body accepted (default: ${DEFAULT-VALUE})")
  long maxBody;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must lie in 0..65535: " + port);
    }
    PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    String token = readOnly ? null : token();
    ClaimLedger ledger = server.open();
    ServerSettings settings =
        server
            .settings(ledger, log)
            .withToken(token)
            .withCorsOrigins(cors)
            .withMaxBodyBytes(maxBody);
    ApiServer api = ApiServer.start(settings, bind, port);
    CountDownLatch stopped = stopOnShutdown(api, ledger, log);
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    log.printf(
        "parley serve: http://%s:%d/ · ledger %s · %s%n",
        host, api.port(), ledger.describe(), writes(token));
    stopped.await();
    return 0;
  }

  private static CountDownLatch stopOnShutdown(ApiServer api, ClaimLedger ledger, PrintStream log) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  api.close();
                  ledger.close();
                  log.println("parley serve: stopped");
                  stopped.countDown();
                },
                "parley-stop"));
    return stopped;
  }

  private static String token() {
    String env = System.getenv("PARLEY_TOKEN");
    return env != null && !env.isBlank() ? env.strip() : BearerToken.generate();
  }

  private static String writes(String token) {
    if (token == null) {
      return "read-only";
    }
    String env = System.getenv("PARLEY_TOKEN");
    return env != null && !env.isBlank()
        ? "writes need the token in $PARLEY_TOKEN"
        : "writes need 'Authorization: Bearer " + token + "'";
  }
}
