package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a.jsonl|{\"id\":1}|JSONL",
        "a.ndjson|{}|JSONL",
        "a.json|  {\"id\":1}|JSONL",
        "a.csv|x,y|CSV",
        "a.HTML|<p>|HTML",
        "a.txt| date 2025-08-21 teaser|SEED",
        "a.txt|Some prose.|TEXT",
        "a.warc|WARC/1.1|WARC",
        "noext|WARC/1.0|WARC",
        "noext|<!DOCTYPE html><html>|HTML",
        "noext|{\"text\": \"x\"}|JSONL",
        "noext| date 2022-01-01 x|SEED"
      })
  void tellsTheFormatFromTheNameThenTheContent(String name, String head, SourceFormat format) {
    assertThat(FormatDetector.detect(name, head.getBytes(StandardCharsets.UTF_8))).contains(format);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a.png|PNG", "noext|just words", "a.json|[1, 2]"})
  void cannotTellAnythingElse(String name, String head) {
    assertThat(FormatDetector.detect(name, head.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Optional.empty());
  }
}
