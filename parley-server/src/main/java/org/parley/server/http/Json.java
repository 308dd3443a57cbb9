package org.parley.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * Writes JSON answers: every answer read from the ledger carries {@code as_of}, the recorded
 * instant that reproduces it, in its body and in the {@code Parley-As-Of} header. Stateless.
 */
public final class Json {
  /** The header that names the instant an answer was read as of. */
  public static final String AS_OF_HEADER = "Parley-As-Of";

  /** The shared mapper (thread-safe once configured). */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A new object whose first field is {@code as_of}. */
  public static ObjectNode answer(Instant asOf) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("as_of", asOf.toString());
    return n;
  }

  /** Sends {@code body} as {@code application/json}, with the as-of header. */
  public static void send(Context ctx, Instant asOf, JsonNode body) {
    ctx.header(AS_OF_HEADER, asOf.toString());
    send(ctx, body);
  }

  /**
   * Sends {@code body} as {@code application/json}; when it has an {@code as_of} field, that is
   * also the as-of header.
   */
  public static void send(Context ctx, JsonNode body) {
    JsonNode asOf = body.get("as_of");
    if (asOf != null && asOf.isTextual()) {
      ctx.header(AS_OF_HEADER, asOf.asText());
    }
    ctx.contentType("application/json").result(write(body));
  }

  /** The JSON text of {@code node}. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Parses JSON text that this process wrote (a contract record). */
  public static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid JSON from a writer of ours: " + e.getMessage(), e);
    }
  }
}
