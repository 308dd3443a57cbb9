package org.parley.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.contract.ClaimWriter;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.testkit.GoldenFiles;

/**
 * Golden-file tests: every folder under {@code src/test/resources/golden/} holds an article we
 * wrote ({@code article.txt}), its metadata ({@code article.meta.json}) and the claims expected
 * from it ({@code expected-claims.jsonl}, parley.claim/1). Run with {@code -Dgolden.update=true} to
 * rewrite the expected files, then read the diff.
 */
class GoldenExtractionTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Path> goldenCases() throws IOException {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void extractsTheExpectedClaims(Path dir) throws IOException {
    Document doc = document(dir);
    ClaimWriter writer = new ClaimWriter();
    String actual =
        Extractors.DEFAULT.extract(doc).claims().stream()
            .map(c -> writer.write(c) + "\n")
            .collect(Collectors.joining());
    GoldenFiles.assertMatches(dir.resolve("expected-claims.jsonl"), actual);
  }

  private static Document document(Path dir) throws IOException {
    String text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
    JsonNode meta = MAPPER.readTree(dir.resolve("article.meta.json").toFile());
    return Document.of(
        new DocumentId(meta.path("id").asText(dir.getFileName().toString())),
        LocalDate.parse(meta.path("date").asText()),
        meta.path("outlet").asText(null),
        null,
        meta.path("title").asText(null),
        text);
  }
}
