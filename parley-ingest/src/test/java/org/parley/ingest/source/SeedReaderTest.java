package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Articles;
import org.parley.model.Diagnostic;
import org.parley.model.Document;
import org.parley.testkit.SharedData;

class SeedReaderTest {
  private static final String HEADER = " date 2025-08-21 NEW Listen to this story\n\n";
  @TempDir Path dir;

  private final SeedReader reader = new SeedReader(ReadSettings.defaults());

  @Test
  void keepsTheFileExactlyAsTextAndStartsTheBodyAfterTheHeader() {
    Path file = Articles.write(dir, "001_talks.txt", HEADER + Articles.TALKS);
    Document doc = Items.onlyParsed(Items.read(reader, file)).document();

    assertThat(doc.text()).isEqualTo(HEADER + Articles.TALKS);
    assertThat(doc.body().start()).isEqualTo(HEADER.length());
    assertThat(doc.bodyText()).isEqualTo(Articles.TALKS.strip());
    assertThat(doc.bodyText()).doesNotContain("Listen to this story");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 8, 21));
    assertThat(doc.id().value()).isEqualTo("001_talks");
    assertThat(doc.title()).isNull();
  }

  @Test
  void keepsWindowsLineEndingsAsRead() {
    String text = (HEADER + Articles.GRAIN).replace("\n", "\r\n");
    Document doc =
        Items.onlyParsed(Items.read(reader, Articles.write(dir, "crlf.txt", text))).document();
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.bodyText()).startsWith("Shipping companies").endsWith("each week.");
  }

  @Test
  void anImpossibleHeaderDateIsRecordedAsUnknownWithAWarning() {
    Path file = Articles.write(dir, "bad.txt", " date 2025-02-30 teaser\n\n" + Articles.GRAIN);
    SourceItem.Parsed parsed = Items.onlyParsed(Items.read(reader, file));
    assertThat(parsed.document().date()).isNull();
    assertThat(parsed.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo(Diagnostic.Severity.WARNING);
              assertThat(n.where()).endsWith("bad.txt:1");
              assertThat(n.problem()).contains("impossible date '2025-02-30'");
            });
  }

  @Test
  void aFileWithoutTheHeaderIsMalformed() {
    Path file = Articles.write(dir, "plain.txt", Articles.GRAIN);
    SourceItem.Failed failed = Items.onlyFailed(Items.read(reader, file));
    assertThat(failed.reason()).isEqualTo(SkipReason.MALFORMED_RECORD);
    assertThat(failed.where()).endsWith("plain.txt:1");
  }

  @Test
  void aHeaderWithNoTextAfterItHasNoText() {
    Path file = Articles.write(dir, "empty.txt", HEADER + "\n\n  \n");
    assertThat(Items.onlyFailed(Items.read(reader, file)).reason()).isEqualTo(SkipReason.NO_TEXT);
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws IOException {
    byte[] head = (HEADER + "Fine first paragraph.\n").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("latin1.txt");
    Files.write(file, head);
    Files.write(
        file,
        new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'},
        java.nio.file.StandardOpenOption.APPEND);
    SourceItem.Failed failed = Items.onlyFailed(Items.read(reader, file));
    assertThat(failed.reason()).isEqualTo(SkipReason.INVALID_UTF8);
    assertThat(failed.where()).endsWith("latin1.txt:4");
    assertThat(failed.detail()).contains("byte " + (head.length + 3));
  }

  @Test
  void readsTheFoundingArticle() {
    Path seed = SharedData.require("seeds/000_1765a6ab7ed27385.txt");
    Document doc = Items.onlyParsed(Items.read(reader, seed)).document();

    assertThat(doc.id().value()).isEqualTo("000_1765a6ab7ed27385");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 8, 21));
    assertThat(doc.text()).startsWith(" date 2025-08-21 ");
    assertThat(doc.text().substring(0, doc.body().start())).endsWith("\n\n");
    assertThat(doc.text().substring(0, doc.body().start()).strip()).startsWith("date 2025-08-21");
    assertThat(doc.bodyText()).startsWith("Russian President Vladimir Putin");
    assertThat(doc.body().end()).isEqualTo(doc.text().stripTrailing().length());
    assertThat(doc.contentHash()).isEqualTo(Document.sha256(doc.text()));
  }
}
