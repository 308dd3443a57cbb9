package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Articles;
import org.parley.model.Document;

class HtmlPageReaderTest {
  @TempDir Path dir;

  private final HtmlPageReader reader = new HtmlPageReader(ReadSettings.defaults());

  private Path page(String name) {
    try (InputStream in = getClass().getResourceAsStream("/pages/" + name)) {
      return Articles.writeBytes(dir, name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void keepsTheArticleTextAndDropsPageChrome() {
    Document doc = Items.onlyParsed(Items.read(reader, page("talks-og.html"))).document();

    assertThat(doc.text())
        .startsWith("Talks on a ceasefire open in Geneva\n\nBy a staff reporter\n\nDelegations")
        .contains("monitoring mission in place before any withdrawal of heavy weapons.\n\n")
        .endsWith("exchange of prisoners within two weeks.")
        .doesNotContain("cookies", "Home", "Advertisement", "Share on", "Related", "newsletter")
        .doesNotContain("tracking", "dataLayer", "Delegates arrive", "All rights reserved");
  }

  @Test
  void takesMetadataFromOpenGraphAndArticleTags() {
    Document doc = Items.onlyParsed(Items.read(reader, page("talks-og.html"))).document();

    assertThat(doc.id().value()).isEqualTo("talks-og");
    assertThat(doc.title()).isEqualTo("Talks on a ceasefire open in Geneva");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 5, 16));
    assertThat(doc.outlet()).isEqualTo("Harbour Post");
    assertThat(doc.url()).isEqualTo("https://harbour.example/world/talks-open");
  }

  @Test
  void takesMetadataFromJsonLdNewsArticle() {
    Document doc = Items.onlyParsed(Items.read(reader, page("grain-jsonld.html"))).document();

    assertThat(doc.title()).isEqualTo("Grain ships sail again");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2022, 8, 5));
    assertThat(doc.outlet()).isEqualTo("Port Gazette");
    assertThat(doc.url()).isEqualTo("https://gazette.example/grain");
    assertThat(doc.text())
        .isEqualTo(
            "Shipping companies resumed grain exports from three southern ports on Friday.\n\n"
                + "The first convoy of six ships carried wheat and maize, port officials said.");
  }

  @Test
  void fallsBackToTheTitleAndTimeElements() {
    SourceItem.Parsed parsed = Items.onlyParsed(Items.read(reader, page("plain-meta.html")));

    assertThat(parsed.document().title()).isEqualTo("Prisoner exchange agreed");
    assertThat(parsed.document().date()).isEqualTo(LocalDate.of(2023, 6, 12));
    assertThat(parsed.document().outlet()).isNull();
    assertThat(parsed.notes()).isEmpty();
  }

  @Test
  void aPageWithNoMainTextHasNoText() {
    SourceItem.Failed failed = Items.onlyFailed(Items.read(reader, page("empty.html")));
    assertThat(failed.reason()).isEqualTo(SkipReason.NO_TEXT);
    assertThat(failed.where()).endsWith("empty.html");
  }

  @Test
  void decodesAPageInTheCharsetItDeclares() throws IOException {
    String html =
        "<html><head><meta charset=\"windows-1251\"><title>Переговоры</title></head>"
            + "<body><p>Делегации встретились во вторник в Женеве.</p></body></html>";
    Path file = dir.resolve("cyr.html");
    Files.write(file, html.getBytes(Charset.forName("windows-1251")));
    Document doc = Items.onlyParsed(Items.read(reader, file)).document();
    assertThat(doc.text()).isEqualTo("Делегации встретились во вторник в Женеве.");
    assertThat(doc.title()).isEqualTo("Переговоры");
  }

  @Test
  void reportsInvalidUtf8InAnUndeclaredPage() {
    byte[] html =
        "<html><body><p>caf\u00e9</p></body></html>".getBytes(Charset.forName("ISO-8859-1"));
    Path file = Articles.writeBytes(dir, "latin.html", html);
    SourceItem.Failed failed = Items.onlyFailed(Items.read(reader, file));
    assertThat(failed.reason()).isEqualTo(SkipReason.INVALID_UTF8);
    assertThat(failed.where()).endsWith("latin.html:1");
  }
}
