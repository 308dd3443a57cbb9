package org.parley.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Handler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A read that answers with one JSON document from its parameters alone, so that the REST route and
 * the MCP tool of the same name run the same code: the route reads the query, the tool its
 * arguments. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Endpoint {
  /**
   * The answer for {@code params}.
   *
   * @throws ApiProblem for a bad parameter or a missing resource
   */
  ObjectNode answer(Params params);

  /** The Javalin handler that answers a GET whose query may name {@code parameters}. */
  default Handler handler(List<String> parameters) {
    String[] names = parameters.toArray(String[]::new);
    return ctx -> Json.send(ctx, answer(Params.of(ctx, names)));
  }

  /**
   * Like {@link #handler}, but answers on {@code executor}, so that a request that waits for a long
   * analysis does not hold one of the server's request threads: cheap reads keep flowing.
   */
  default Handler asyncHandler(List<String> parameters, Executor executor) {
    String[] names = parameters.toArray(String[]::new);
    return ctx -> {
      Params p = Params.of(ctx, names);
      ctx.future(
          () ->
              CompletableFuture.supplyAsync(() -> answer(p), executor)
                  .thenAccept(b -> Json.send(ctx, b)));
    };
  }
}
