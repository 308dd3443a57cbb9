package org.parley.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.ingest.Articles;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;
import org.parley.testkit.DocumentFixture;

class DeduplicatorTest {
  private static Document doc(String id, String text) {
    return DocumentFixture.withText(id, "2023-05-16", text);
  }

  /** Looks a document up exactly, then nearly, as ingest does. */
  private static Verdict check(Deduplicator dedup, Document doc) {
    Verdict exact = dedup.exactCopy(doc);
    return exact instanceof Verdict.Copy ? exact : dedup.nearCopy(doc);
  }

  @Test
  void linksAnIdenticalBodyToTheFirstDocumentSeen() {
    Deduplicator dedup = new Deduplicator(0.9);
    assertThat(check(dedup, doc("a", Articles.TALKS))).isEqualTo(new Verdict.Unseen());
    assertThat(check(dedup, doc("b", Articles.TALKS)))
        .isEqualTo(new Verdict.Copy(new DocumentId("a"), true, 1.0));
    assertThat(check(dedup, doc("c", Articles.TALKS)))
        .isEqualTo(new Verdict.Copy(new DocumentId("a"), true, 1.0));
  }

  @Test
  void comparesBodiesSoAHeaderDoesNotHideACopy() {
    Deduplicator dedup = new Deduplicator(0.9);
    String header = " date 2023-05-16 teaser\n\n";
    Document seeded =
        doc("seed", header + Articles.TALKS)
            .withBody(new Span(header.length(), header.length() + Articles.TALKS.length()));
    check(dedup, seeded);
    assertThat(check(dedup, doc("plain", Articles.TALKS)))
        .isEqualTo(new Verdict.Copy(new DocumentId("seed"), true, 1.0));
  }

  @Test
  void linksALightlyEditedCopyAsNear() {
    Deduplicator dedup = new Deduplicator(0.7);
    check(dedup, doc("a", Articles.TALKS));
    assertThat(check(dedup, doc("b", Articles.TALKS_EDITED)))
        .isInstanceOfSatisfying(
            Verdict.Copy.class,
            copy -> {
              assertThat(copy.canonical()).isEqualTo(new DocumentId("a"));
              assertThat(copy.exact()).isFalse();
              assertThat(copy.similarity()).isBetween(0.7, 0.99);
            });
  }

  @Test
  void punctuationAndCaseDoNotMakeADifferentText() {
    Deduplicator dedup = new Deduplicator(0.9);
    check(dedup, doc("a", Articles.TALKS));
    Verdict v = check(dedup, doc("b", Articles.TALKS.toUpperCase().replace(",", "")));
    assertThat(v).isEqualTo(new Verdict.Copy(new DocumentId("a"), false, 1.0));
  }

  @Test
  void keepsDifferentArticlesApart() {
    Deduplicator dedup = new Deduplicator(0.5);
    check(dedup, doc("a", Articles.TALKS));
    assertThat(check(dedup, doc("b", Articles.GRAIN))).isEqualTo(new Verdict.Unseen());
  }

  @Test
  void aStricterThresholdLetsTheEditedCopyThrough() {
    Deduplicator dedup = new Deduplicator(1.0);
    check(dedup, doc("a", Articles.TALKS));
    assertThat(check(dedup, doc("b", Articles.TALKS_EDITED))).isEqualTo(new Verdict.Unseen());
  }

  @Test
  void zeroTurnsNearDuplicatesOffButKeepsExactOnes() {
    Deduplicator dedup = new Deduplicator(0);
    check(dedup, doc("a", Articles.TALKS));
    assertThat(check(dedup, doc("b", Articles.TALKS_EDITED))).isEqualTo(new Verdict.Unseen());
    assertThat(check(dedup, doc("c", Articles.TALKS))).isInstanceOf(Verdict.Copy.class);
  }

  @Test
  void shortTextsAreComparedExactlyOnly() {
    Deduplicator dedup = new Deduplicator(0.5);
    check(dedup, doc("a", "Talks open in Geneva on Tuesday."));
    assertThat(check(dedup, doc("b", "Talks open in Geneva on Wednesday.")))
        .isEqualTo(new Verdict.Unseen());
    assertThat(check(dedup, doc("c", "Talks open in Geneva on Tuesday.")))
        .isEqualTo(new Verdict.Copy(new DocumentId("a"), true, 1.0));
  }

  @Test
  void anExactCopyOfANearCopyLinksToTheCanonical() {
    Deduplicator dedup = new Deduplicator(0.7);
    check(dedup, doc("a", Articles.TALKS));
    check(dedup, doc("b", Articles.TALKS_EDITED));
    assertThat(check(dedup, doc("c", Articles.TALKS_EDITED)))
        .isEqualTo(new Verdict.Copy(new DocumentId("a"), true, 1.0));
  }

  @Test
  void rejectsAThresholdOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new Deduplicator(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void remembersManyDocumentsWithoutConfusingThem() {
    Deduplicator dedup = new Deduplicator(0.9);
    for (int i = 0; i < 5000; i++) {
      String text =
          ("Report number %d says that talks in round %d went on for %d hours. "
                  .formatted(i, i * 7, i % 13))
              .repeat(6);
      assertThat(check(dedup, doc("d" + i, text)))
          .as("document %d", i)
          .isEqualTo(new Verdict.Unseen());
    }
  }
}
