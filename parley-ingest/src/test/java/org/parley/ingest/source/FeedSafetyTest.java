package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Articles;
import org.parley.model.Document;

/**
 * Feeds with a DOCTYPE are read (RSS 0.91 declares one), but no external DTD or entity is ever
 * fetched or read, and entity expansion cannot blow up: XXE and billion-laughs payloads we wrote,
 * against a real HTTP server that counts the requests it gets.
 */
class FeedSafetyTest {
  private static final String ITEM =
      "<item><title>Talks</title><link>https://harbour.example/t</link>"
          + "<description>Delegations met in Geneva.</description></item>";

  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] dtd =
              "<!ENTITY % leak SYSTEM \"file:///etc/hostname\"><!ENTITY stolen \"%leak;\">"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, dtd.length);
          exchange.getResponseBody().write(dtd);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private List<SourceItem> read(String name, String xml) {
    Path file = Articles.write(dir, name, xml);
    return Items.walk(List.of(new Source.Local(file)), null, ReadSettings.defaults());
  }

  @Test
  void readsAnRss091FeedWithItsStandardDoctypeWithoutFetchingTheDtd() {
    String rss =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS"
            + " 0.91//EN\" \""
            + base
            + "/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>Harbour Post</title>"
            + "<link>https://harbour.example</link><description>News</description>"
            + "<language>en</language>"
            + ITEM
            + "</channel></rss>";

    List<SourceItem> items = read("old.rss", rss);

    assertThat(Items.documents(items))
        .as(items.toString())
        .extracting(Document::text)
        .containsExactly("Delegations met in Geneva.");
    assertThat(requests.get()).as("requests for the DTD").isZero();
  }

  @Test
  void neverReadsAnExternalEntityFromAFileOrAServer() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
    String rss =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
            + "<!ENTITY file SYSTEM \""
            + secret.toUri()
            + "\">\n<!ENTITY remote SYSTEM \""
            + base
            + "/entity\">\n<!ENTITY % dtd SYSTEM \""
            + base
            + "/evil.dtd\"> %dtd;\n]>\n<rss version=\"2.0\"><channel><title>T</title>"
            + "<item><guid>x</guid><description>Talks &file; &remote; went on.</description>"
            + "</item></channel></rss>";

    List<SourceItem> items = read("xxe.rss", rss);

    assertThat(items.toString()).doesNotContain("TOP-SECRET-PASSWORD");
    assertThat(requests.get()).as("requests for external entities").isZero();
  }

  @Test
  void aBillionLaughsFeedIsReportedNotExpanded() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String prev = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
    }
    String rss =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
            + dtd
            + "]>\n<rss version=\"2.0\"><channel><title>T</title><item><guid>x</guid>"
            + "<description>&lol9;</description></item></channel></rss>";

    List<SourceItem> items = read("laughs.rss", rss);

    assertThat(Items.documents(items))
        .allSatisfy(d -> assertThat(d.text().length()).isLessThan(100_000));
    assertThat(Items.failures(items))
        .extracting(SourceItem.Failed::reason)
        .isSubsetOf(SkipReason.MALFORMED_RECORD, SkipReason.NO_TEXT);
    assertThat(items).isNotEmpty();
  }
}
