package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.source.Source;
import org.parley.model.DocumentId;
import org.parley.testkit.SharedData;

/** Reads the shared article corpus and checks what the README says of it. */
class SharedCorpusTest {
  @Test
  void readsArticlesJsonlWithItsDuplicateGroups() {
    Path corpus = SharedData.require("data/articles/articles.jsonl");
    List<IngestEvent.Duplicate> duplicates = new ArrayList<>();
    try (IngestRun run = Ingest.open(corpus)) {
      run.forEachRemaining(
          e -> {
            if (e instanceof IngestEvent.Duplicate d) {
              duplicates.add(d);
            }
          });
      IngestSummary summary = run.summary();

      assertThat(summary.read() + summary.exactDuplicates() + summary.nearDuplicates())
          .isEqualTo(2203);
      assertThat(summary.skipped()).isEmpty();
      assertThat(summary.warnings()).isZero();
      assertThat(summary.exactDuplicates()).isEqualTo(12);
      assertThat(summary.exactGroups()).isEqualTo(12);
      assertThat(summary.nearDuplicates()).isZero();
    }
    assertThat(duplicates)
        .anySatisfy(
            d -> {
              assertThat(d.document().id()).isEqualTo(new DocumentId("guardian-0032"));
              assertThat(d.canonical()).isEqualTo(new DocumentId("guardian-0030"));
            });
  }

  @Test
  void readsTheCsvsAsTheSameDocumentsAsTheJsonl() {
    Path folder = SharedData.require("data/articles");
    IngestOptions options = IngestOptions.defaults().withEnglishOnly(false);
    try (IngestRun run = Ingest.open(List.of(new Source.Local(folder)), options)) {
      run.forEachRemaining(e -> {});
      IngestSummary summary = run.summary();
      // the folder holds every record twice, as JSONL and in its CSV; 12 CSV bodies differ from
      // their JSONL copies in line endings only ("\n\r" for "\n\n"), which exact matching ignores
      assertThat(summary.read()).isEqualTo(2191);
      assertThat(summary.exactDuplicates()).isEqualTo(2203 + 12);
      assertThat(summary.nearDuplicates()).isZero();
      assertThat(summary.failures()).isZero();
    }
  }
}
