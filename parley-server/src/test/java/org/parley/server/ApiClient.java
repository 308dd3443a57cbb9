package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A real HTTP client for the tests, which checks every response it receives against the server's
 * OpenAPI document ({@link OpenApiContract}): so every response of the test suite is validated.
 */
final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiContract CONTRACT = new OpenApiContract();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(String base) {
    this.base = base;
  }

  /** One exchange's outcome. */
  record Reply(int status, String mediaType, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(body, e);
      }
    }
  }

  Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
  }

  Reply post(String pathAndQuery, String mediaType, String body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            // the server may refuse a body by its headers (413, 415, 401): let it answer first
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (mediaType != null) {
      b.header("Content-Type", mediaType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  Reply send(HttpRequest request) {
    HttpResponse<String> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String media = r.headers().firstValue("Content-Type").orElse("");
    assertThat(
            CONTRACT.check(
                request.method(), request.uri().getPath(), r.statusCode(), media, r.body()))
        .as("response to %s %s conforms to the OpenAPI document", request.method(), request.uri())
        .isEmpty();
    return new Reply(r.statusCode(), media, r.body(), r);
  }
}
