package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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

class CsvReaderTest {
  @TempDir Path dir;

  private final CsvReader reader = new CsvReader(ReadSettings.defaults());

  private static String quoted(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  @Test
  void readsAPressReleaseLayoutWithQuotedMultiLineFields() {
    String csv =
        "link,headline,date,location,summary,body\n"
            + "https://gov.example/news/1,Talks open,2022-03-01T18:50:00Z,Geneva,short,"
            + quoted(Articles.TALKS)
            + "\n"
            + "https://gov.example/news/2,Grain ships sail,2022-07-27,Odesa,short,"
            + quoted(Articles.GRAIN)
            + "\n";
    List<Document> docs = Items.documents(Items.read(reader, Articles.write(dir, "gov.csv", csv)));

    assertThat(docs)
        .extracting(d -> d.id().value(), Document::date, Document::title)
        .containsExactly(
            tuple("https://gov.example/news/1", LocalDate.of(2022, 3, 1), "Talks open"),
            tuple("https://gov.example/news/2", LocalDate.of(2022, 7, 27), "Grain ships sail"));
    assertThat(docs.getFirst().text()).isEqualTo(Articles.TALKS);
    assertThat(docs.getFirst().url()).isEqualTo("https://gov.example/news/1");
  }

  @Test
  void namesRowsWithoutIdOrUrlByFileAndRecordNumber() {
    String csv =
        "published,headlines,articles\n2022/06/23,One,\"Text one.\"\n2022/06/24,Two,Text two.\n";
    List<Document> docs =
        Items.documents(Items.read(reader, Articles.write(dir, "paper.csv", csv)));
    assertThat(docs)
        .extracting(d -> d.id().value(), Document::date)
        .containsExactly(
            tuple("paper#1", LocalDate.of(2022, 6, 23)),
            tuple("paper#2", LocalDate.of(2022, 6, 24)));
  }

  @Test
  void reportsARowWithTheWrongNumberOfFieldsAndReadsOn() {
    String csv =
        "published,headlines,articles\n2022-06-23,One,Text one.\n2022-06-24,Two\n2022-06-25,Three,Text three.\n";
    List<SourceItem> items = Items.read(reader, Articles.write(dir, "short.csv", csv));

    assertThat(Items.documents(items)).extracting(Document::title).containsExactly("One", "Three");
    assertThat(Items.failures(items))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.where()).endsWith("short.csv:3");
              assertThat(f.reason()).isEqualTo(SkipReason.MALFORMED_RECORD);
              assertThat(f.detail()).isEqualTo("the row has 2 fields, the header 3");
            });
  }

  @Test
  void aBrokenQuoteStopsTheFileWithOneReport() {
    String csv =
        "published,headlines,articles\n2022-06-23,One,Text one.\n2022-06-24,Two,\"Unclosed \"quote\" here\n2022-06-25,Three,Text.\n";
    List<SourceItem> items = Items.read(reader, Articles.write(dir, "quote.csv", csv));

    assertThat(Items.documents(items)).extracting(Document::title).containsExactly("One");
    assertThat(Items.failures(items))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.where()).endsWith("quote.csv:3");
              assertThat(f.reason()).isEqualTo(SkipReason.MALFORMED_RECORD);
              assertThat(f.detail()).startsWith("CSV unreadable from here to the end of the file");
            });
  }

  @Test
  void reportsARowWithInvalidUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        "published,headlines,articles\n2022-06-23,Caf".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xE9});
    bytes.writeBytes(",Text one.\n2022-06-24,Two,Text two.\n".getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items =
        Items.read(reader, Articles.writeBytes(dir, "latin.csv", bytes.toByteArray()));

    assertThat(Items.documents(items)).extracting(Document::title).containsExactly("Two");
    assertThat(Items.failures(items))
        .extracting(
            f -> f.where().substring(f.where().lastIndexOf('/') + 1), SourceItem.Failed::reason)
        .containsExactly(tuple("latin.csv:2", SkipReason.INVALID_UTF8));
  }

  @Test
  void aHeaderWithoutATextColumnAsksForAMapping() {
    String csv = "when,what\n2022-06-23,Something happened.\n";
    SourceItem.Failed failed =
        Items.onlyFailed(Items.read(reader, Articles.write(dir, "odd.csv", csv)));
    assertThat(failed.detail()).contains("[when, what]").contains("--map text=COLUMN");

    ReadSettings mapped = new ReadSettings(FieldMapping.parse("text=what,date=when"), null, null);
    Document doc =
        Items.onlyParsed(Items.read(new CsvReader(mapped), Articles.write(dir, "odd.csv", csv)))
            .document();
    assertThat(doc.text()).isEqualTo("Something happened.");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2022, 6, 23));
  }

  @Test
  void readsEveryRowOfTheSharedCsvs() {
    Path folder = SharedData.require("data/articles");
    int total = 0;
    for (String name :
        List.of(
            "guardian_russia_ukraine_2022.csv",
            "kremlin_en_press_releases_2021-10_2022-06.csv",
            "nyt_russia_ukraine_2022.csv",
            "president_gov_ua_en_press_releases_2021-10_2022-06.csv")) {
      List<SourceItem> items = Items.read(reader, folder.resolve(name));
      assertThat(Items.failures(items)).as(name).isEmpty();
      assertThat(Items.documents(items)).as(name).allSatisfy(d -> assertThat(d.date()).isNotNull());
      total += items.size();
    }
    assertThat(total).isEqualTo(188 + 816 + 219 + 980);
  }
}
