package org.parley.cli.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Parley;
import picocli.CommandLine;

class ReadCommandTest {
  private static final String REPORT =
      """
      Delegations from the two governments met in Geneva on Tuesday for a first round of talks \
      on a ceasefire along the southern front, officials on both sides said. The head of one \
      delegation said his side wanted a monitoring mission in place before any withdrawal of \
      heavy weapons, and that the question of the contested districts would wait.
      """;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(String id, String text) {
    return "{\"id\": \"%s\", \"date\": \"2023-05-16T09:00:00Z\", \"outlet\": \"Test Wire\", \"title\": \"Talks\", \"text\": \"%s\"}\n"
        .formatted(id, text.replace("\n", "\\n"));
  }

  @Test
  void listsDocumentsAsATableWithTheSummaryLast() {
    Path seed = write("001_talks.txt", " date 2023-05-16 teaser\n\n" + REPORT);
    Path wire = write("wire.jsonl", json("w1", REPORT));

    assertThat(run("read", seed.toString(), wire.toString())).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("ID")
        .contains("DATE", "OUTLET", "TITLE", "CHARS", "DUPLICATE-OF");
    assertThat(lines.get(1))
        .startsWith("001_talks")
        .contains("2023-05-16", String.valueOf(REPORT.strip().length()));
    assertThat(lines.get(2))
        .startsWith("w1")
        .contains("Test Wire", "Talks")
        .endsWith("= 001_talks");
    assertThat(lines.getLast())
        .isEqualTo(
            "read 1; duplicates: 1 exact (1 groups), 0 near (0 groups); skipped 0; warnings 0");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void writesJsonLinesWithASummary() throws IOException {
    Path wire = write("wire.jsonl", json("w1", REPORT) + json("w2", REPORT) + "{oops\n");

    assertThat(run("read", "--json", wire.toString())).isEqualTo(4);
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> lines = out.toString().lines().map(l -> read(mapper, l)).toList();
    assertThat(lines)
        .extracting(l -> l.get("kind").asText())
        .containsExactly("document", "duplicate", "skipped", "summary");
    assertThat(lines.get(0).get("id").asText()).isEqualTo("w1");
    assertThat(lines.get(0).get("date").asText()).isEqualTo("2023-05-16");
    assertThat(lines.get(1).get("duplicate_of").asText()).isEqualTo("w1");
    assertThat(lines.get(2).get("where").asText()).endsWith("wire.jsonl:3");
    assertThat(lines.get(2).get("reason").asText()).isEqualTo("malformed_record");
    assertThat(lines.get(3).get("read").asInt()).isEqualTo(1);
    assertThat(lines.get(3).get("failures").asInt()).isEqualTo(1);
    assertThat(err.toString()).contains("error: ").contains("wire.jsonl:3: not JSON");
  }

  private static JsonNode read(ObjectMapper mapper, String line) {
    try {
      return mapper.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void exitsWithPartialWhenSomeInputsFailed() {
    Path ok = write("ok.txt", REPORT);
    assertThat(
            run(
                "read",
                "--date",
                "2023-05-16",
                ok.toString(),
                dir.resolve("missing.txt").toString()))
        .isEqualTo(4);
    assertThat(err.toString()).contains("missing.txt: no such file or folder");
  }

  @Test
  void exitsWithBadInputWhenNothingCouldBeRead() {
    assertThat(run("read", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nothing could be read");
  }

  @Test
  void warnsWhenAPlainTextHasNoDate() {
    Path ok = write("ok.txt", REPORT);
    assertThat(run("read", ok.toString())).isZero();
    assertThat(err.toString())
        .contains("warning: ")
        .contains("ok.txt: no date; recorded as unknown");
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).contains(" ? ");
  }

  @Test
  void readsWithAForcedFormatAndAFieldMapping() {
    Path export =
        write("export.dat", "{\"key\": \"k1\", \"body\": \"" + REPORT.replace("\n", " ") + "\"}\n");
    assertThat(
            run(
                "read",
                "--format",
                "jsonl",
                "--map",
                "id=key,text=body",
                "--date",
                "2023-05-17",
                export.toString()))
        .isZero();
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow())
        .startsWith("k1")
        .contains("2023-05-17");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(run("read", "--format", "pdf", write("a.txt", REPORT).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown format 'pdf'").contains("seed|text|html");
  }

  @Test
  void printsThroughputWhenAsked() {
    Path ok = write("ok.txt", REPORT);
    assertThat(run("read", "--stats", "--date", "2023-05-16", ok.toString())).isZero();
    assertThat(err.toString()).contains("1 documents").contains("docs/s").contains("heap peak");
  }
}
