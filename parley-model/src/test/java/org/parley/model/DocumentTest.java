package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void storesTheSha256OfItsText() {
    Document d =
        Document.of(new DocumentId("a"), LocalDate.of(2025, 8, 21), null, null, null, "abc");
    assertThat(d.contentHash())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void rejectsABodyPastTheText() {
    Document d = Document.of(new DocumentId("a"), null, null, null, null, "abc");
    assertThatThrownBy(() -> d.withBody(new Span(1, 9))).hasMessageContaining("document a");
  }

  @Test
  void bodyTextIsTheProsePart() {
    Document d =
        Document.of(new DocumentId("a"), null, null, null, null, "HEADER\n\nBody.")
            .withBody(new Span(8, 13));
    assertThat(d.bodyText()).isEqualTo("Body.");
  }
}
