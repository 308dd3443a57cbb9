package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.Document;

class WarcReaderTest {
  private static final String PAGE =
      "<html><head><title>Talks open</title>"
          + "<meta property=\"article:published_time\" content=\"2023-05-16\"></head>"
          + "<body><nav><a href=\"/\">Home</a></nav><article><p>Delegations met in Geneva.</p>"
          + "<p>A second round is planned.</p></article></body></html>";

  @TempDir Path dir;

  private Path archive(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      writer.write(request("https://harbour.example/talks"));
      writer.write(
          response("https://harbour.example/talks", 200, "text/html; charset=utf-8", PAGE));
      writer.write(response("https://harbour.example/logo.png", 200, "image/png", "PNG"));
      writer.write(response("https://harbour.example/gone", 404, "text/html", "<p>Not found</p>"));
      writer.write(
          response(
              "https://harbour.example/blank",
              200,
              "text/html",
              "<html><body><nav>Home</nav></body></html>"));
    }
    return file;
  }

  private static WarcRequest request(String uri) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getPath()).build();
    return new WarcRequest.Builder(URI.create(uri))
        .date(Instant.parse("2024-01-02T03:04:05Z"))
        .body(http)
        .build();
  }

  static WarcResponse response(String uri, int status, String type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(URI.create(uri))
        .date(Instant.parse("2024-01-02T03:04:05Z"))
        .body(http)
        .build();
  }

  @Test
  void readsHtmlResponsesAndCountsTheRestOnce() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      String name = compression == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz";
      List<SourceItem> items =
          Items.read(new WarcReader(ReadSettings.defaults()), archive(name, compression));

      Document doc = Items.documents(items).getFirst();
      assertThat(Items.documents(items)).hasSize(1);
      assertThat(doc.id().value()).isEqualTo("https://harbour.example/talks");
      assertThat(doc.url()).isEqualTo("https://harbour.example/talks");
      assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 5, 16));
      assertThat(doc.title()).isEqualTo("Talks open");
      assertThat(doc.text()).isEqualTo("Delegations met in Geneva.\n\nA second round is planned.");
      assertThat(Items.failures(items))
          .extracting(SourceItem.Failed::reason)
          .containsExactly(SkipReason.NO_TEXT, SkipReason.NOT_AN_ARTICLE);
      assertThat(Items.failures(items).getFirst().where())
          .endsWith(" https://harbour.example/blank");
      assertThat(Items.failures(items).getLast().detail())
          .isEqualTo(
              "passed over 3 records that are not pages: 1 HTTP 200 image/png responses,"
                  + " 1 HTTP 404 text/html responses, 1 request records");
    }
  }
}
