package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.contract.batch.BatchLayout;
import org.parley.testkit.SharedData;

/**
 * The same answer on the real corpus ({@code ../shared/data/articles/articles.jsonl}, 2,203
 * articles): skipped with a message where the shared material is absent.
 */
class SharedCorpusTest {
  @Test
  void theJobGivesTheClaimsParleyExtractGivesOnTheSharedCorpus() throws IOException {
    Path corpus = SharedData.require("data/articles/articles.jsonl");
    Path dir = Files.createTempDirectory("parley-spark-shared");
    Batches.Compared run = Batches.compare(corpus, dir.resolve("batch"), 0);

    String job = Batches.text(run.batch().resolve(BatchLayout.CLAIMS));
    assertThat(run.extract().out().lines()).hasSizeGreaterThan(3000);
    assertThat(job).isEqualTo(run.extract().out());
    assertThat(Batches.byDocumentAndSpan(job.lines().toList()))
        .isEqualTo(Batches.byDocumentAndSpan(run.extract().out().lines().toList()));
    String last = run.extract().err().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).endsWith(run.summary().reading().describe());
  }
}
