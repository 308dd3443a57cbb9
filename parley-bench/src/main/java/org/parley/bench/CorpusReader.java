package org.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * Reads a JSONL corpus with the fields of {@code shared/data/articles/articles.jsonl} ({@code id,
 * date, outlet, url, title, text}) into memory before timing starts, so that reading the file is
 * not part of any stage's figure. Records without text are skipped.
 */
final class CorpusReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CorpusReader() {}

  static List<Document> read(Path corpus, int limit) {
    List<Document> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null && docs.size() < limit) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = MAPPER.readTree(line);
        String text = r.path("text").asText("");
        if (!text.isBlank()) {
          docs.add(document(r, text, corpus + ":" + n));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + corpus, e);
    }
    return docs;
  }

  private static Document document(JsonNode r, String text, String where) {
    String id = r.path("id").asText(where);
    String date = r.path("date").asText("");
    LocalDate day = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
    return Document.of(
        new DocumentId(id),
        day,
        r.path("outlet").asText(null),
        r.path("url").asText(null),
        r.path("title").asText(null),
        text);
  }
}
