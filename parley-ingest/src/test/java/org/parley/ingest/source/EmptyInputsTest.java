package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.ingest.Articles;

/**
 * An input that holds no record is reported as such, never passed over in silence (found by the
 * fuzzing tier: a CSV cut down to its header read as nothing and said nothing).
 */
class EmptyInputsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "empty.jsonl|''",
        "blank.jsonl|'\n\n'",
        "header.csv|'id,date,title,text\n'",
        "bare.rss|'<rss version=\"2.0\"><channel><title>T</title></channel></rss>'"
      })
  void anInputWithoutRecordsIsReported(String name, String content) {
    Path file = Articles.write(dir, name, content);

    List<SourceItem> items = Items.walk(List.of(new Source.Local(file)), null, settings());

    assertThat(Items.onlyFailed(items))
        .satisfies(f -> assertThat(f.reason()).isEqualTo(SkipReason.NO_TEXT))
        .satisfies(f -> assertThat(f.where()).contains(name))
        .satisfies(f -> assertThat(f.detail()).isEqualTo("holds no records"));
  }

  @Test
  void aFolderIsNoRecordOfItsOwn() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("corpus"));
    Articles.write(
        folder, "one.jsonl", "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"Talks.\"}\n");

    List<SourceItem> items = Items.walk(List.of(new Source.Local(folder)), null, settings());

    assertThat(Items.failures(items)).isEmpty();
    assertThat(Items.documents(items)).hasSize(1);
  }

  private static ReadSettings settings() {
    return ReadSettings.defaults();
  }
}
