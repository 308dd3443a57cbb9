package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;

class DocumentJsonTest {
  private static final String TEXT =
      "date 2025-03-11 Ceasefire talks\n\nDelegations met in Jeddah and agreed on a pause.";

  private static Document seeded() {
    return Document.of(
            new DocumentId("jeddah-03"),
            LocalDate.of(2025, 3, 11),
            "Parley Digest",
            "https://example.org/jeddah?x=\"1\"",
            "Talks in Jeddah — a pause",
            TEXT)
        .withBody(new Span(33, TEXT.length()));
  }

  @Test
  void roundTripsEveryFieldAndGivesTheSameBytesEachTime() {
    DocumentJson json = new DocumentJson();
    DocumentLine line = new DocumentLine(seeded(), "digest.txt", 3);
    String written = json.write(line);
    assertThat(json.read(written)).isEqualTo(line);
    assertThat(json.write(json.read(written))).isEqualTo(written);
    assertThat(written)
        .startsWith(
            "{\"schema\":\"parley.document/1\",\"id\":\"jeddah-03\",\"date\":\"2025-03-11\"")
        .doesNotContain("\n");
  }

  @Test
  void leavesAbsentValuesOut() {
    Document bare = Document.of(new DocumentId("bare"), null, null, null, null, "Some text.");
    String written = new DocumentJson().write(new DocumentLine(bare, "bare.txt", 0));
    assertThat(written).doesNotContain("date", "outlet", "url", "title");
    assertThat(new DocumentJson().read(written).document()).isEqualTo(bare);
  }

  @Test
  void refusesATextThatDoesNotMatchItsHash() {
    String written = new DocumentJson().write(new DocumentLine(seeded(), "digest.txt", 0));
    String tampered = written.replace("agreed on a pause", "agreed on a truce");
    assertThatThrownBy(() -> new DocumentJson().read(tampered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("content hash does not match");
  }

  @Test
  void namesWhatIsMissingOrMalformed() {
    DocumentJson json = new DocumentJson();
    assertThatThrownBy(() -> json.read("{\"schema\":\"parley.claim/1\"}"))
        .hasMessageContaining("not a parley.document/1 object");
    assertThatThrownBy(() -> json.read("{broken")).hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> json.read("{\"schema\":\"parley.document/1\",\"id\":\"x\"}"))
        .hasMessageContaining("'text' is missing");
  }
}
