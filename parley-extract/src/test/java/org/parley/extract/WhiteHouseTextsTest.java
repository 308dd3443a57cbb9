package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.testkit.SharedData;

/**
 * The White House texts of 2024-25 in {@code ../shared} (hard-wrapped Markdown: readouts,
 * statements, fact sheets, briefing and remarks transcripts that concern Ukraine) give claims in a
 * fair share of their documents, as prose does; skipped when the data is absent. Prints the claims
 * per kind. One document in three is read, to keep the test short.
 */
class WhiteHouseTextsTest {
  private static final String FILE = "data/whitehouse/whitehouse_2024-2025.jsonl";

  @Test
  void findsClaimsInAFairShareOfTheWhiteHouseTexts() throws IOException {
    Path path = SharedData.require(FILE);
    List<String> lines = Files.readAllLines(path);
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> perKind = new TreeMap<>();
    int documents = 0;
    int withClaims = 0;
    for (int i = 0; i < lines.size(); i += 3) {
      List<Claim> claims =
          Extractors.DEFAULT.extract(document(json.readTree(lines.get(i)))).claims();
      documents++;
      withClaims += claims.isEmpty() ? 0 : 1;
      for (Claim c : claims) {
        perKind.merge(c.kind().code(), 1, Integer::sum);
      }
    }
    System.out.printf(
        "White House texts: %d of %d documents with claims; claims per kind %s%n",
        withClaims, documents, perKind);
    assertThat(withClaims).as("documents with claims").isGreaterThanOrEqualTo(documents * 2 / 5);
    assertThat(perKind.keySet()).contains("statement", "meeting", "demand", "offer");
  }

  private static Document document(JsonNode n) {
    return Document.of(
        new DocumentId(n.path("id").asText()),
        LocalDate.parse(n.path("date").asText()),
        n.path("outlet").asText(null),
        n.path("url").asText(null),
        n.path("title").asText(null),
        n.path("text").asText());
  }
}
