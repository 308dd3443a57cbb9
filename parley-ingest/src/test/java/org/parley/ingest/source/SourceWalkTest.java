package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Articles;

class SourceWalkTest {
  @TempDir Path dir;

  private static List<String> walk(List<Source> sources, @Nullable SourceFormat forced) {
    return Items.walk(sources, forced, ReadSettings.defaults()).stream()
        .map(SourceWalkTest::describe)
        .toList();
  }

  private static String describe(SourceItem item) {
    return switch (item) {
      case SourceItem.Parsed p -> "doc " + p.document().id();
      case SourceItem.Failed f ->
          f.reason() + " " + f.where().substring(f.where().lastIndexOf('/') + 1);
    };
  }

  @Test
  void readsFoldersRecursivelyInSortedOrderSkippingHiddenFiles() {
    Articles.write(dir, "b/2.txt", " date 2022-01-02 x\n\nSecond.");
    Articles.write(dir, "b/1.txt", " date 2022-01-01 x\n\nFirst.");
    Articles.write(dir, "a.jsonl", "{\"id\": \"j1\", \"text\": \"Json one.\"}\n");
    Articles.writeGzip(dir, "c/feed.rss.gz", FeedReaderTest.RSS);
    Articles.write(dir, ".hidden.txt", "Not to be read.");
    Articles.write(dir, "logo.png", "PNG");

    assertThat(walk(List.of(new Source.Local(dir)), null))
        .containsExactly(
            "doc j1",
            "doc 1",
            "doc 2",
            "doc hp-2023-0516-talks",
            "doc https://harbour.example/world/grain",
            "NO_TEXT feed.rss.gz entry 3",
            "NOT_AN_ARTICLE logo.png");
  }

  @Test
  void reportsMissingSourcesAndFilesOfUnknownFormatAndGoesOn() {
    Path ok = Articles.write(dir, "ok.txt", "Plain prose.");
    Path odd = Articles.write(dir, "odd.dat", "just words");
    List<Source> sources =
        List.of(
            new Source.Local(dir.resolve("missing.jsonl")),
            new Source.Local(odd),
            new Source.Local(ok));

    assertThat(walk(sources, null))
        .containsExactly("UNREADABLE missing.jsonl", "UNKNOWN_FORMAT odd.dat", "doc ok");
  }

  @Test
  void aForcedFormatOverridesDetection() {
    Path file = Articles.write(dir, "export.dat", "{\"id\": \"x1\", \"text\": \"Forced.\"}\n");
    assertThat(walk(List.of(new Source.Local(file)), SourceFormat.JSONL)).containsExactly("doc x1");
  }

  @Test
  void anEmptyFolderIsReported() {
    Path empty = dir.resolve("empty");
    empty.toFile().mkdirs();
    assertThat(walk(List.of(new Source.Local(empty)), null)).containsExactly("NO_TEXT empty");
  }

  @Test
  void fetchesAFeedFromAUrl() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/feed.xml",
        exchange -> {
          byte[] body = FeedReaderTest.RSS.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThat(
              walk(
                  List.of(Source.parse(base + "/feed.xml"), Source.parse(base + "/nothing")), null))
          .containsExactly(
              "doc hp-2023-0516-talks",
              "doc https://harbour.example/world/grain",
              "NO_TEXT feed.xml entry 3",
              "UNREADABLE nothing");
    } finally {
      server.stop(0);
    }
  }
}
