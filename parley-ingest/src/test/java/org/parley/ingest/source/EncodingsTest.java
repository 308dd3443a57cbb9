package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ingest.Articles;
import org.parley.model.Document;

/**
 * Text marked by a byte-order mark is read in the encoding the mark names, whatever the format;
 * pages and feeds are read in the charset they declare.
 */
class EncodingsTest {
  private static final String PROSE = "Переговори in Genf: Kyiv’s delegation met “at noon”.";

  @TempDir Path dir;

  private List<SourceItem> walk(Path file) {
    return Items.walk(List.of(new Source.Local(file)), null, ReadSettings.defaults());
  }

  private static byte[] withBom(String text, String charset) {
    Charset cs = Charset.forName(charset);
    byte[] body = text.getBytes(cs);
    byte[] bom = "\uFEFF".getBytes(cs);
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void readsPlainTextMarkedByAByteOrderMark(String charset) {
    Path file = Articles.writeBytes(dir, "note.txt", withBom(PROSE, charset));

    assertThat(Items.documents(walk(file))).extracting(Document::text).containsExactly(PROSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-32BE"})
  void readsCorporaLineByLineInAMarkedEncoding(String charset) {
    String jsonl =
        Articles.jsonLine("one", "2023-05-16", "T", PROSE)
            + "\n"
            + Articles.jsonLine("two", "2023-05-17", "T", "Zweite Runde.")
            + "\n";
    String csv = "id,date,text\none,2023-05-16,\"" + PROSE + "\"\ntwo,2023-05-17,Zweite Runde.\n";

    for (Path file :
        List.of(
            Articles.writeBytes(dir, "c.jsonl", withBom(jsonl, charset)),
            Articles.writeBytes(dir, "c.csv", withBom(csv, charset)))) {
      assertThat(Items.documents(walk(file)))
          .extracting(Document::text)
          .containsExactly(PROSE, "Zweite Runde.");
    }
  }

  @Test
  void reportsTextThatBreaksTheEncodingItsMarkNames() {
    byte[] bytes = withBom("Talks", "UTF-16LE");
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    broken[bytes.length] = 0x00;
    broken[bytes.length + 1] = (byte) 0xDC; // a low surrogate with no high one before it
    Path file = Articles.writeBytes(dir, "broken.txt", broken);

    SourceItem.Failed f = Items.onlyFailed(walk(file));
    assertThat(f.reason()).isEqualTo(SkipReason.INVALID_UTF8);
    assertThat(f.detail()).isEqualTo("the text is not valid UTF-16LE as its byte-order mark says");
  }

  @Test
  void readsPagesInTheCharsetTheyDeclare() {
    String body = "<p>Переговоры в Стамбуле продолжились во вторник.</p>";
    Charset cp1251 = Charset.forName("windows-1251");
    List<String> heads =
        List.of(
            "<html><head><meta charset=\"windows-1251\"></head>",
            "<html><head><meta http-equiv=\"Content-Type\""
                + " content=\"text/html; charset=windows-1251\"></head>",
            "<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><head></head>");
    for (int i = 0; i < heads.size(); i++) {
      Path file =
          Articles.writeBytes(
              dir,
              "page" + i + ".html",
              (heads.get(i) + "<body>" + body + "</body></html>").getBytes(cp1251));
      assertThat(Items.documents(walk(file)))
          .extracting(Document::text)
          .containsExactly("Переговоры в Стамбуле продолжились во вторник.");
    }
  }

  @Test
  void readsAUtf16PageWhoseMetaNamesUtf16() {
    String page =
        "<html><head><meta charset=\"utf-16\"></head><body><p>Talks in Genf.</p></body></html>";
    Path file = Articles.writeBytes(dir, "wide.html", withBom(page, "UTF-16LE"));

    assertThat(Items.documents(walk(file)))
        .extracting(Document::text)
        .containsExactly("Talks in Genf.");
  }

  @Test
  void readsAFeedInTheCharsetItsXmlDeclarationNames() {
    String feed =
        "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel>"
            + "<title>Вести</title><item><guid>v1</guid><description>Переговоры возобновились."
            + "</description></item></channel></rss>";
    Path file = Articles.writeBytes(dir, "f.rss", feed.getBytes(Charset.forName("windows-1251")));

    Document doc = Items.documents(walk(file)).getFirst();
    assertThat(doc.text()).isEqualTo("Переговоры возобновились.");
    assertThat(doc.outlet()).isEqualTo("Вести");
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(doc.text())).isTrue();
  }
}
