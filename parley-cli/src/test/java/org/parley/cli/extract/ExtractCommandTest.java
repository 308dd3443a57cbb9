package org.parley.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import picocli.CommandLine;

class ExtractCommandTest {
  private static final Path SAMPLES = Path.of("../samples/articles");

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ExtractCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void outputIsByteIdenticalWhateverTheThreadCount() {
    Run one = run("--threads", "1", SAMPLES.toString());
    Run three = run("--threads", "3", SAMPLES.toString());
    Run again = run("--threads", "3", SAMPLES.toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).isNotEmpty().contains("\"schema\":\"parley.claim/1\"");
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(again.out()).isEqualTo(one.out());
  }

  @Test
  void writesOneFilePerDocumentIntoOut(@TempDir Path dir) throws IOException {
    Run r = run("--out", dir.toString(), SAMPLES.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(21);
    assertThat(dir.resolve("06_kyiv_book_festival.jsonl")).exists().isEmptyFile();
    assertThat(
            Files.readString(
                dir.resolve("07_putin_conditions_june_2024.jsonl"), StandardCharsets.UTF_8))
        .contains("\"holder\":\"RUS\"");
  }

  @Test
  void aBadDocumentIsReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(
        corpus,
        "{\"id\": \"ok-1\", \"date\": \"2025-08-21\", \"text\": \"Kremlin spokesman Dmitry Peskov said"
            + " Russia was ready for talks with Ukraine.\"}\n"
            + "{\"id\": \"broken\", \"date\": \"2025-08-21\", \"text\": \n"
            + "{\"id\": \"ok-2\", \"date\": \"2025-08-22\", \"text\": \"Ukraine rejected the demand to"
            + " cede the Donbas, its foreign minister said.\"}\n",
        StandardCharsets.UTF_8);
    Run r = run(corpus.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.err()).contains("corpus.jsonl:2");
    assertThat(r.out()).contains("\"doc\":\"ok-1\"").contains("\"doc\":\"ok-2\"");
  }

  @Test
  void refusesZeroThreads() {
    Run r = run("--threads", "0", SAMPLES.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--threads must be at least 1");
  }
}
