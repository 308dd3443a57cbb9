package org.parley.language.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.language.AnalyzedDocument;
import org.parley.language.Layers;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;
import org.parley.testkit.GoldenFiles;

/**
 * Golden-file tests: every folder under {@code src/test/resources/golden} holds an article we wrote
 * ({@code article.txt}), its metadata ({@code article.meta.json}: date, outlet, and whether the
 * first line is a header outside the body) and the expected analysis ({@code expected.json}). On a
 * mismatch {@code actual-expected.json} is written beside it; {@code -Dgolden.update=true} rewrites
 * the expected files.
 */
class GoldenAnalysisTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  static Stream<Path> goldenCases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void analysisMatchesGoldenFile(Path dir) throws IOException {
    AnalyzedDocument analyzed = Layers.shared().analyze(document(dir));
    GoldenFiles.assertMatches(dir.resolve("expected.json"), AnalysisJson.render(analyzed));
  }

  static Document document(Path dir) throws IOException {
    String text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
    JsonNode meta = new ObjectMapper().readTree(dir.resolve("article.meta.json").toFile());
    Document doc =
        Document.of(
            new DocumentId(dir.getFileName().toString()),
            LocalDate.parse(meta.get("date").asText()),
            meta.path("outlet").asText("Test Wire"),
            null,
            null,
            text);
    if (meta.path("header").asBoolean(false)) {
      int blank = text.indexOf("\n\n");
      doc = doc.withBody(new Span(blank + 2, text.length()));
    }
    return doc;
  }
}
