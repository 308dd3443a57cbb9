package org.parley.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;

/**
 * Writes and reads {@code parley.document/1} lines: one JSON object per document with its id, date,
 * outlet, url, title, body span, SHA-256 content hash, where it was read from, its number of claims
 * and its text, keys in that order and absent values left out, so that the same document always
 * gives the same bytes. Reading checks the hash against the text. Stateless and thread-safe.
 */
public final class DocumentJson {
  /** The format version every line carries. */
  public static final String SCHEMA = "parley.document/1";

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One JSON object, without a line break. */
  public String write(DocumentLine line) {
    Document d = line.document();
    StringWriter out = new StringWriter(d.text().length() + 256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("id", d.id().value());
      string(g, "date", d.date() == null ? null : d.date().toString());
      string(g, "outlet", d.outlet());
      string(g, "url", d.url());
      string(g, "title", d.title());
      g.writeObjectFieldStart("body");
      g.writeNumberField("start", d.body().start());
      g.writeNumberField("end", d.body().end());
      g.writeEndObject();
      g.writeStringField("content_hash", d.contentHash());
      g.writeStringField("where", line.where());
      g.writeNumberField("claims", line.claims());
      g.writeStringField("text", d.text());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a document to a string", e);
    }
    return out.toString();
  }

  /**
   * The document line {@code json} holds.
   *
   * @throws IllegalArgumentException naming what is wrong (not JSON, a missing or malformed field,
   *     a hash that does not match the text)
   */
  public DocumentLine read(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject() || !SCHEMA.equals(text(n, "schema"))) {
      throw new IllegalArgumentException("not a " + SCHEMA + " object");
    }
    JsonNode body = n.path("body");
    Document d =
        new Document(
            new DocumentId(required(n, "id")),
            date(text(n, "date")),
            text(n, "outlet"),
            text(n, "url"),
            text(n, "title"),
            required(n, "text"),
            new Span(body.path("start").asInt(-1), body.path("end").asInt(-1)),
            required(n, "content_hash"));
    return new DocumentLine(d, required(n, "where"), n.path("claims").asInt(-1));
  }

  private static void string(JsonGenerator g, String field, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String required(JsonNode n, String field) {
    String v = text(n, field);
    if (v == null) {
      throw new IllegalArgumentException("'" + field + "' is missing");
    }
    return v;
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'date' is not YYYY-MM-DD: " + text, e);
    }
  }
}
