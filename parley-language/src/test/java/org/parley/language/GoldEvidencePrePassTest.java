package org.parley.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;
import org.parley.testkit.SharedData;

/**
 * The pre-pass loses no recall on the gold sets: every gold evidence span overlaps a sentence the
 * pre-pass selected.
 */
class GoldEvidencePrePassTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyGoldEvidenceSpanOverlapsASelectedSentence() throws IOException {
    Path gold = SharedData.require("gold");
    List<String> missed = new ArrayList<>();
    int checked = 0;
    for (String line : Files.readAllLines(gold.resolve("articles/dev.jsonl"))) {
      JsonNode a = json.readTree(line);
      String id = a.get("id").asText();
      Document d =
          Document.of(
              new DocumentId(id),
              LocalDate.parse(a.get("date").asText().substring(0, 10)),
              a.get("outlet").asText(),
              null,
              a.get("title").asText(),
              a.get("text").asText());
      checked += check(Layers.shared().analyze(d), gold.resolve(id + ".jsonl"), missed);
    }
    String seedText =
        Files.readString(
            SharedData.require("seeds/000_1765a6ab7ed27385.txt"), StandardCharsets.UTF_8);
    Document seed =
        Document.of(new DocumentId("seed"), LocalDate.of(2025, 8, 21), null, null, null, seedText)
            .withBody(new Span(seedText.indexOf("\n\n") + 2, seedText.length()));
    checked +=
        check(Layers.shared().analyze(seed), gold.resolve("000_1765a6ab7ed27385.jsonl"), missed);
    assertThat(checked).isGreaterThan(50);
    assertThat(missed).isEmpty();
  }

  private int check(AnalyzedDocument doc, Path goldFile, List<String> missed) throws IOException {
    int n = 0;
    for (String line : Files.readAllLines(goldFile)) {
      if (line.isBlank()) {
        continue;
      }
      for (JsonNode e : json.readTree(line).get("evidence")) {
        Span span = new Span(e.get("start").asInt(), e.get("end").asInt());
        n++;
        if (doc.sentencesIn(span).stream().noneMatch(doc::isCandidate)) {
          missed.add(doc.document().id() + " " + span + " " + doc.text(span));
        }
      }
    }
    return n;
  }
}
