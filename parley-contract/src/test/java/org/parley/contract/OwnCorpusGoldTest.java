package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Claim;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.testkit.SharedData;

/**
 * The own-words training corpus ({@code corpus/own} in the checkout; skipped when absent): every
 * gold record reads as a contract record, belongs to an article of the corpus, and points at that
 * article's text — spans inside it, {@code text} the spans in order joined by " … ", a statement's
 * quoted words inside its evidence, {@code reported} the article's date.
 */
class OwnCorpusGoldTest {
  private static final Path CORPUS = Path.of("../corpus/own");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static Map<String, JsonNode> articles;
  private static Map<String, List<String>> goldLines;

  @BeforeAll
  static void load() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "skipped: no own corpus at " + CORPUS);
    articles = new TreeMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("articles.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode a = MAPPER.readTree(line);
        assertThat(articles.put(a.get("id").asText(), a)).as("duplicate id").isNull();
      }
    }
    goldLines = new TreeMap<>();
    try (Stream<Path> files = Files.list(CORPUS.resolve("gold"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        String doc = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        goldLines.put(doc, lines.stream().filter(l -> !l.isBlank()).toList());
      }
    }
  }

  @Test
  void everyArticleHasAGoldFileAndEveryGoldFileAnArticle() {
    assertThat(goldLines.keySet()).isEqualTo(articles.keySet());
    for (JsonNode a : articles.values()) {
      for (String field : List.of("id", "date", "outlet", "url", "title", "text")) {
        assertThat(a.path(field).asText()).as("%s of %s", field, a.get("id")).isNotBlank();
      }
    }
  }

  @Test
  void everyRecordReadsAndPointsIntoItsArticle() {
    List<String> problems = new ArrayList<>();
    ClaimReader reader = new ClaimReader();
    goldLines.forEach(
        (doc, lines) -> {
          for (int i = 0; i < lines.size(); i++) {
            String where = "gold/%s.jsonl:%d".formatted(doc, i + 1);
            switch (reader.read(lines.get(i), where)) {
              case ReadResult.Invalid bad -> problems.add(bad.toString());
              case ReadResult.Parsed ok -> problems.addAll(check(where, doc, ok.claim()));
            }
          }
        });
    assertThat(problems).isEmpty();
  }

  private static List<String> check(String where, String doc, Claim claim) {
    List<String> problems = new ArrayList<>();
    JsonNode article = articles.get(claim.doc().value());
    if (!claim.doc().value().equals(doc) || article == null) {
      return List.of(where + ": doc '%s' is not this file's article".formatted(claim.doc()));
    }
    String text = article.get("text").asText();
    List<Span> spans = claim.provenance().evidence().spans();
    if (spans.isEmpty()
        || spans.stream().anyMatch(s -> s.end() > text.length() || s.length() == 0)) {
      return List.of(where + ": evidence missing, empty or outside the text: " + spans);
    }
    String joined = spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" … "));
    if (!joined.equals(claim.provenance().evidence().text())) {
      problems.add(where + ": 'text' is not the evidence spans joined by ' … '");
    }
    String date = article.get("date").asText().substring(0, 10);
    if (claim.provenance().reported() == null
        || !date.equals(claim.provenance().reported().toString())) {
      problems.add(where + ": 'reported' is not the article's date " + date);
    }
    if (claim instanceof Statement s) {
      Matcher m = WORD.matcher(s.quote());
      while (m.find()) {
        if (!joined.contains(m.group())) {
          problems.add(where + ": quoted word '%s' is not in the evidence".formatted(m.group()));
        }
      }
    }
    return problems;
  }

  @Test
  void everyRecordValidatesAgainstTheContractSchema() throws IOException {
    Path schemaFile = SharedData.require("contract/claims.schema.json");
    Schema schema;
    try (InputStream in = Files.newInputStream(schemaFile)) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(SchemaLocation.of(schemaFile.toUri().toString()), MAPPER.readTree(in));
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : goldLines.entrySet()) {
      for (String line : e.getValue()) {
        schema
            .validate(MAPPER.readTree(line))
            .forEach(err -> problems.add(e.getKey() + ": " + err));
      }
    }
    assertThat(problems).isEmpty();
  }
}
