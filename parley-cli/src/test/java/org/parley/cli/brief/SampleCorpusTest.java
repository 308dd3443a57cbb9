package org.parley.cli.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {
  @TempDir Path dir;

  @Test
  void parleySamplesNamesTheFolder() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));

    assertThat(SampleCorpus.locate(Map.of("PARLEY_SAMPLES", corpus.toString()), dir))
        .isEqualTo(corpus.toAbsolutePath());
  }

  @Test
  void parleySamplesNamingNoFolderIsBadInput() {
    assertThatThrownBy(
            () -> SampleCorpus.locate(Map.of("PARLEY_SAMPLES", dir.resolve("x").toString()), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PARLEY_SAMPLES");
  }

  @Test
  void parleyRootHoldsTheCorpus() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("checkout/samples/articles"));

    assertThat(SampleCorpus.locate(Map.of("PARLEY_ROOT", dir.resolve("checkout").toString()), dir))
        .isEqualTo(corpus.toAbsolutePath());
  }

  @Test
  void aFolderAboveTheWorkingFolderHoldsTheCorpus() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("samples/articles"));
    Path below = Files.createDirectories(dir.resolve("a/b"));

    assertThat(SampleCorpus.locate(Map.of(), below)).isEqualTo(corpus.toAbsolutePath());
  }

  @Test
  void theCheckoutsCorpusIsFoundFromTheModuleFolder() {
    Path found = SampleCorpus.locate(Map.of(), Path.of(""));

    assertThat(found).endsWith(Path.of("samples", "articles"));
    assertThat(found.resolve("17_alaska_summit.txt")).exists();
  }
}
