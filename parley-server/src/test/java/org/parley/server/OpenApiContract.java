package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's OpenAPI 3.1 document as a test oracle: finds the operation a request hit (path
 * templates matched segment by segment), the response declared for its status (else {@code
 * default}), the media type, and validates a JSON body against that schema with networknt's OpenAPI
 * 3.1 dialect ($refs resolved inside the document).
 */
final class OpenApiContract {
  private static final String BASE = "https://parley.invalid/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode doc;
  private final SchemaRegistry registry;

  OpenApiContract() {
    String text = text();
    try {
      this.doc = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), b -> b.schemas(Map.of(BASE, text)));
  }

  static String text() {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode document() {
    return doc;
  }

  /**
   * The problems with one exchange: an undocumented path, method, status or media type, or a body
   * that its schema rejects; empty when it conforms.
   */
  List<String> check(String method, String path, int status, String mediaType, String body) {
    String template = template(path);
    if (template == null) {
      // a path the API does not have: only a 404 problem document will do
      return status == 404 && mediaType.startsWith("application/problem+json")
          ? validate(method, path, status, "#/components/schemas/Problem", body)
          : List.of("no path in the OpenAPI document matches " + path);
    }
    String op = method.toLowerCase(Locale.ROOT);
    if (!doc.path("paths").path(template).has(op)) {
      return List.of(method + " " + template + " is not documented");
    }
    String pointer = "#/paths/" + escape(template) + "/" + op + "/responses";
    JsonNode responses = doc.path("paths").path(template).path(op).path("responses");
    String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
    if (!responses.has(code)) {
      return List.of(method + " " + template + ": status " + status + " is not documented");
    }
    JsonNode response = responses.get(code);
    pointer += "/" + code;
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText();
      response = at(pointer);
    }
    String media = mediaType.split(";")[0].strip();
    if (!response.path("content").has(media)) {
      return List.of(
          "%s %s %d: media type %s is not documented".formatted(method, template, status, media));
    }
    if (!media.equals("application/json") && !media.endsWith("+json")) {
      return List.of();
    }
    return validate(method, path, status, pointer + "/content/" + escape(media) + "/schema", body);
  }

  private List<String> validate(
      String method, String path, int status, String schemaPointer, String body) {
    Schema schema = registry.getSchema(SchemaLocation.of(BASE + schemaPointer));
    try {
      List<Error> errors = schema.validate(JSON.readTree(body));
      return errors.stream()
          .map(e -> "%s %s %d: %s".formatted(method, path, status, e.toString()))
          .toList();
    } catch (IOException e) {
      return List.of(method + " " + path + ": not JSON: " + e.getMessage());
    }
  }

  private JsonNode at(String pointer) {
    return doc.at(pointer.substring(1));
  }

  private String template(String path) {
    String[] parts = path.split("/", -1);
    Iterator<String> names = doc.path("paths").fieldNames();
    while (names.hasNext()) {
      String t = names.next();
      String[] tp = t.split("/", -1);
      if (tp.length == parts.length && matches(tp, parts)) {
        return t;
      }
    }
    return null;
  }

  private static boolean matches(String[] template, String[] parts) {
    for (int i = 0; i < parts.length; i++) {
      if (!template[i].startsWith("{") && !template[i].equals(parts[i])) {
        return false;
      }
    }
    return true;
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
