package org.parley.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.learn.ModelSet;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine;

/** {@code parley train} on slices of the project's own annotated articles. */
class TrainCommandTest {
  private final StringWriter err = new StringWriter();

  private int train(Path gold, Path out, int threads) {
    CommandLine cli = new CommandLine(new TrainCommand());
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(
        "--gold",
        gold.toString(),
        "--corpus",
        OwnGold.ARTICLES,
        "--out",
        out.toString(),
        "--threads",
        String.valueOf(threads));
  }

  @Test
  void theSameGoldGivesByteIdenticalModelsThatNameTheirDocuments(@TempDir Path tmp)
      throws IOException {
    Path gold = OwnGold.slice(tmp.resolve("gold"), 0, 30);
    assertThat(train(gold, tmp.resolve("a"), 2)).isZero();
    assertThat(train(gold, tmp.resolve("b"), 1)).isZero();
    assertThat(err.toString()).contains("from 30 documents");
    List<String> names = names(tmp.resolve("a"));
    assertThat(names).contains("models.txt", "documents.txt", "position.model", "meeting.model");
    for (String name : names) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
    }
    assertThat(Files.readAllLines(tmp.resolve("a/models.txt")))
        .contains("confidence", "holder", "meeting", "position", "provision", "statement")
        .isSorted();
    assertThat(Files.readAllLines(tmp.resolve("a/documents.txt"))).isEqualTo(OwnGold.ids(gold));
  }

  @Test
  void theExtractorsVersionNamesItsModels(@TempDir Path tmp) {
    assertThat(train(OwnGold.slice(tmp.resolve("g1"), 0, 20), tmp.resolve("m1"), 2)).isZero();
    assertThat(train(OwnGold.slice(tmp.resolve("g2"), 20, 40), tmp.resolve("m2"), 2)).isZero();
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    ModelSet first = ModelSet.read(tmp.resolve("m1"));
    ModelSet second = ModelSet.read(tmp.resolve("m2"));
    assertThat(first.version()).isNotEqualTo(second.version());
    String v1 = ExtractionPipeline.load(kb, first).version();
    assertThat(v1).contains("models/" + first.version());
    assertThat(ExtractionPipeline.load(kb, second).version()).isNotEqualTo(v1);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
