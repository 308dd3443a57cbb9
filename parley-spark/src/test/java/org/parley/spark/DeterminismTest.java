package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.contract.batch.BatchLayout;

/** The batch's JSONL is the same, byte for byte, whatever the number of partitions. */
class DeterminismTest {
  @Test
  void anotherPartitioningWritesTheSameBatch() throws IOException {
    Batches.Compared eight = Batches.mixed();
    Path other = Files.createTempDirectory("parley-spark-det").resolve("batch");
    JobSettings three =
        JobSettings.of(List.of(eight.corpus().toString()), other.toString()).withPartitions(3);
    ExtractJob.run(LocalSpark.session(), three);
    for (String folder :
        List.of(
            BatchLayout.DOCUMENTS,
            BatchLayout.CLAIMS,
            BatchLayout.DUPLICATES,
            BatchLayout.DIAGNOSTICS)) {
      assertThat(Batches.text(other.resolve(folder)))
          .as(folder)
          .isEqualTo(Batches.text(eight.batch().resolve(folder)));
    }
  }
}
