package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Articles;
import org.parley.model.Document;
import org.parley.testkit.SharedData;

class JsonLinesReaderTest {
  @TempDir Path dir;

  private final JsonLinesReader reader = new JsonLinesReader(ReadSettings.defaults());

  @Test
  void readsTheSharedCorpusLayoutWithTheDefaultMapping() {
    String lines =
        Articles.jsonLine("wire-1", "2022-03-01T18:50:00Z", "Talks open", Articles.TALKS)
            + "\n"
            + Articles.jsonLine("wire-2", "2022-07-27", "Grain ships sail", Articles.GRAIN)
            + "\n";
    List<Document> docs =
        Items.documents(Items.read(reader, Articles.write(dir, "c.jsonl", lines)));

    assertThat(docs).extracting(d -> d.id().value()).containsExactly("wire-1", "wire-2");
    assertThat(docs)
        .extracting(Document::date)
        .containsExactly(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 7, 27));
    assertThat(docs.getFirst().text()).isEqualTo(Articles.TALKS);
    assertThat(docs.getFirst().title()).isEqualTo("Talks open");
    assertThat(docs.getFirst().outlet()).isEqualTo("Test Wire");
    assertThat(docs.getFirst().url()).isNull();
  }

  @Test
  void reportsEachBadLineAndReadsTheRest() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        (Articles.jsonLine("ok-1", "2022-07-27", "One", Articles.GRAIN) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        "{\"id\": \"broken\", \"text\": \"no closing brace\"\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\": \"latin\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xE9, '"', '}', '\n'});
    bytes.writeBytes("\n[1, 2, 3]\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        "{\"id\": \"empty\", \"date\": \"2022-01-01\", \"text\": \"  \"}\n"
            .getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        (Articles.jsonLine("ok-2", "2022-02-30", "Two", Articles.TALKS) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items =
        Items.read(reader, Articles.writeBytes(dir, "bad.jsonl", bytes.toByteArray()));

    assertThat(Items.documents(items))
        .extracting(d -> d.id().value())
        .containsExactly("ok-1", "ok-2");
    assertThat(Items.failures(items))
        .extracting(
            f -> f.where().substring(f.where().lastIndexOf('/') + 1), SourceItem.Failed::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad.jsonl:2", SkipReason.MALFORMED_RECORD),
            org.assertj.core.groups.Tuple.tuple("bad.jsonl:3", SkipReason.INVALID_UTF8),
            org.assertj.core.groups.Tuple.tuple("bad.jsonl:5", SkipReason.MALFORMED_RECORD),
            org.assertj.core.groups.Tuple.tuple("bad.jsonl:6", SkipReason.NO_TEXT));
    SourceItem.Parsed impossible = (SourceItem.Parsed) items.getLast();
    assertThat(impossible.document().date()).isNull();
    assertThat(impossible.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.where()).endsWith("bad.jsonl:7");
              assertThat(n.problem())
                  .isEqualTo("impossible date '2022-02-30'; recorded as unknown");
            });
  }

  @Test
  void followsAFieldMapping() {
    String line =
        "{\"guid\": \"g-7\", \"published\": \"2023/01/09\", \"headline\": \"H\", \"body\": \"Text of the piece.\", \"text\": \"not this\"}\n";
    ReadSettings settings =
        new ReadSettings(FieldMapping.parse("id=guid,text=body,date=published"), null, "Desk");
    Document doc =
        Items.onlyParsed(
                Items.read(new JsonLinesReader(settings), Articles.write(dir, "m.jsonl", line)))
            .document();

    assertThat(doc.id().value()).isEqualTo("g-7");
    assertThat(doc.text()).isEqualTo("Text of the piece.");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 1, 9));
    assertThat(doc.title()).isEqualTo("H");
    assertThat(doc.outlet()).isEqualTo("Desk");
  }

  @Test
  void aRecordWithoutIdIsNamedByItsUrlOrElseItsLine() {
    String lines =
        "{\"url\": \"https://x.example/a\", \"text\": \"First piece of text.\"}\n"
            + "{\"text\": \"Second piece of text.\"}\n";
    List<Document> docs =
        Items.documents(Items.read(reader, Articles.write(dir, "n.jsonl", lines)));
    assertThat(docs).extracting(d -> d.id().value()).containsExactly("https://x.example/a", "n#2");
  }

  @Test
  void readsAGzippedCorpus() {
    Path file =
        Articles.writeGzip(
            dir, "c.jsonl.gz", Articles.jsonLine("gz-1", "2022-07-27", "G", Articles.GRAIN) + "\n");
    assertThat(Items.documents(Items.read(reader, file)))
        .extracting(d -> d.id().value())
        .containsExactly("gz-1");
  }

  @Test
  void aTruncatedGzipIsReportedAfterTheRecordsBeforeTheCut() throws java.io.IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      lines.append(Articles.jsonLine("t" + i, "2022-07-27", "T", Articles.GRAIN + i)).append('\n');
    }
    Path whole = Articles.writeGzip(dir, "whole.jsonl.gz", lines.toString());
    byte[] bytes = java.nio.file.Files.readAllBytes(whole);
    Path cut =
        Articles.writeBytes(dir, "cut.jsonl.gz", java.util.Arrays.copyOf(bytes, bytes.length / 2));
    List<SourceItem> items = Items.read(reader, cut);

    assertThat(Items.documents(items)).isNotEmpty().hasSizeLessThan(200);
    assertThat(items.getLast())
        .isInstanceOfSatisfying(
            SourceItem.Failed.class,
            f -> {
              assertThat(f.reason()).isEqualTo(SkipReason.UNREADABLE);
              assertThat(f.where()).endsWith("cut.jsonl.gz");
              assertThat(f.detail()).startsWith("reading stopped part-way");
            });
  }

  @Test
  void readsEveryRecordOfTheSharedCorpus() {
    Path corpus = SharedData.require("data/articles/articles.jsonl");
    List<SourceItem> items = Items.read(reader, corpus);

    assertThat(Items.failures(items)).isEmpty();
    List<Document> docs = Items.documents(items);
    assertThat(docs).hasSize(2203);
    assertThat(docs).allSatisfy(d -> assertThat(d.date()).isNotNull());
    assertThat(docs.getFirst().id().value()).isEqualTo("kremlin-68700");
    assertThat(docs.getFirst().date()).isEqualTo(LocalDate.of(2022, 6, 24));
    assertThat(docs.stream().map(Document::id).distinct()).hasSize(2203);
  }
}
