package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.source.SkipReason;
import org.parley.ingest.source.SourceItem;
import org.parley.model.Document;
import org.parley.testkit.DocumentFixture;

class AdmissionTest {
  private static SourceItem.Parsed parsed(String id, String text) {
    Document d = DocumentFixture.withText(id, "2023-05-16", text);
    return new SourceItem.Parsed(d, "wire.jsonl:" + id, List.of());
  }

  private static List<SourceItem> stream() {
    return List.of(
        parsed("a", Articles.TALKS),
        parsed("b", Articles.TALKS_EDITED),
        parsed("c", Articles.TALKS),
        parsed("d", Articles.GERMAN),
        new SourceItem.Failed("wire.jsonl:5", SkipReason.MALFORMED_RECORD, "not JSON"),
        parsed("e", Articles.GRAIN),
        parsed("f", Articles.TALKS_EDITED),
        parsed("e", "A different report that happens to reuse the id of the grain story."));
  }

  @Test
  void factsComputedApartGiveTheSequentialDecisions() {
    IngestOptions options = IngestOptions.defaults().withNearDuplicateThreshold(0.7);
    Admission sequential = new Admission(options);
    Admission elsewhere = new Admission(options);
    Admission deciding = new Admission(options);
    List<IngestEvent> expected = new ArrayList<>();
    List<IngestEvent> actual = new ArrayList<>();
    for (SourceItem item : stream()) {
      expected.add(sequential.admit(item));
      actual.add(
          switch (item) {
            case SourceItem.Failed f -> Admission.skipped(f);
            case SourceItem.Parsed p -> deciding.admit(p, elsewhere.facts(p.document()));
          });
    }
    // the sequential path also warns about the reused id "e"; the facts path leaves that to
    // its caller, who sees the whole corpus
    IngestEvent.Read reused = (IngestEvent.Read) expected.getLast();
    assertThat(reused.notes())
        .containsExactly(Admission.idReused(reused.where(), reused.document().id()));
    expected.set(
        expected.size() - 1, new IngestEvent.Read(reused.document(), reused.where(), List.of()));
    assertThat(actual).isEqualTo(expected);
    assertThat(actual)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "Read", "Duplicate", "Duplicate", "Skipped", "Skipped", "Read", "Duplicate", "Read");
  }

  @Test
  void documentsThatShareNoKeyCannotBeDuplicates() {
    Admission admission = new Admission(IngestOptions.defaults());
    Admission.Facts talks = admission.facts(parsed("a", Articles.TALKS).document());
    Admission.Facts copy = admission.facts(parsed("b", Articles.TALKS_EDITED).document());
    Admission.Facts grain = admission.facts(parsed("c", Articles.GRAIN).document());
    assertThat(talks.bandKeys()).containsAnyOf(copy.bandKeys());
    assertThat(talks.bandKeys()).doesNotContain(grain.bandKeys());
    assertThat(talks.fingerprint().similarity(copy.fingerprint())).isGreaterThan(0.7);
  }
}
