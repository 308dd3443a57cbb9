package org.parley.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.cli.claims.LedgerCliFixture;

/** What extract does when inputs fail, and with ids that are not plain file names. */
class ExtractFailureTest {
  private static final String TEXT =
      "The Kremlin demanded that Ukraine withdraw its troops from the Donetsk region, officials"
          + " in Moscow said.";

  @TempDir Path dir;

  @Test
  void exitsTwoWhenEveryInputFailsAsReadAndIngestDo() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"x\", \"text\": \n");

    LedgerCliFixture.Run r =
        run("extract", dir.resolve("missing.txt").toString(), broken.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("missing.txt").contains("broken.jsonl:1");
    assertThat(run("read", dir.resolve("missing.txt").toString()).code())
        .isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void outNeverOverwritesOneDocumentsFileWithAnothersAndTakesLongIds() throws IOException {
    StringBuilder corpus = new StringBuilder();
    for (String id : List.of("a/b", "a?b", "a_b", "same", "same", "y".repeat(400))) {
      corpus
          .append("{\"id\": \"")
          .append(id)
          .append("\", \"date\": \"2025-08-21\", \"text\": \"")
          .append(TEXT.replace("Moscow", "Moscow (" + id + ", " + corpus.length() + ")"))
          .append("\"}\n");
    }
    Path file = Files.writeString(dir.resolve("ids.jsonl"), corpus);
    Path out = dir.resolve("out");

    LedgerCliFixture.Run r = run("extract", "--out", out.toString(), file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(6);
    for (Path f : files) {
      assertThat(Files.readString(f)).contains("\"schema\":\"parley.claim/1\"");
    }
  }
}
