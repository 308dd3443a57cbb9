package org.parley.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.LedgerException;

/**
 * Maps every failure to an RFC 9457 problem document ({@code application/problem+json}), in one
 * place: {@link ApiProblem}s with their own status; an {@link IllegalArgumentException} from the
 * analyses (a bad party, an impossible range) as a 400; Javalin's own statuses (404, 405, 413) as
 * themselves; a store or I/O failure as a 503; anything else as a 500, logged with its trace.
 */
public final class Problems {
  /** The problem media type (RFC 9457 §3). */
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** Registers the exception and error mappers on {@code routes}. */
  public static void install(RoutesConfig routes, PrintStream log) {
    routes.exception(ApiProblem.class, (e, ctx) -> send(ctx, e));
    routes.exception(
        IllegalArgumentException.class,
        (e, ctx) ->
            send(ctx, new ApiProblem(400, "bad-request", "Bad request", e.getMessage(), null)));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> send(ctx, fromStatus(e.getStatus(), e.getMessage())));
    routes.exception(LedgerException.class, (e, ctx) -> unavailable(ctx, e, log));
    routes.exception(UncheckedIOException.class, (e, ctx) -> unavailable(ctx, e, log));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.println("parley serve: internal error on " + ctx.method() + " " + ctx.path());
          e.printStackTrace(log);
          send(ctx, new ApiProblem(500, "internal", "Internal error", "see the server log", null));
        });
    routes.error(404, ctx -> unlessProblem(ctx, 404, "no such resource: " + ctx.path()));
    routes.error(405, ctx -> unlessProblem(ctx, 405, ctx.method() + " is not allowed here"));
  }

  /** Writes {@code p} as the response. */
  public static void send(Context ctx, ApiProblem p) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("type", "/problems/" + p.type());
    n.put("title", p.title());
    n.put("status", p.status());
    n.put("detail", p.getMessage());
    n.put("instance", ctx.path());
    if (p.parameter() != null) {
      n.put("parameter", p.parameter());
    }
    ctx.status(p.status()).contentType(MEDIA_TYPE).result(Json.write(n));
  }

  private static void unavailable(Context ctx, Exception e, PrintStream log) {
    log.println("parley serve: " + e.getMessage());
    send(ctx, new ApiProblem(503, "unavailable", "Store unavailable", e.getMessage(), null));
  }

  private static void unlessProblem(Context ctx, int status, String detail) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(MEDIA_TYPE)) {
      send(ctx, fromStatus(status, detail));
    }
  }

  private static ApiProblem fromStatus(int status, @Nullable String detail) {
    String title =
        switch (status) {
          case 404 -> "Not found";
          case 405 -> "Method not allowed";
          case 413 -> "Content too large";
          case 415 -> "Unsupported media type";
          case 401 -> "Unauthorized";
          default -> status < 500 ? "Bad request" : "Server error";
        };
    String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    return new ApiProblem(status, slug, title, detail == null ? title : detail, null);
  }
}
