package org.parley.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 for watch tests, serving our own feed and articles and the ways a
 * source fails: a slow body, a redirect loop, an oversized page, garbage, a 500. It honours {@code
 * If-None-Match} on the feed and counts requests per path.
 */
public final class FeedServer implements AutoCloseable {
  public static final String ETAG = "\"feed-v1\"";

  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private volatile String feed = feed(2);

  public FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  /** The feed lists the first {@code n} articles from now on (a new ETag). */
  public void listArticles(int n) {
    feed = feed(n);
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    switch (path) {
      case "/feed.xml" -> sendFeed(x);
      case "/a1", "/a2", "/a3" ->
          send(x, 200, article(path.substring(2)), "text/html; charset=utf-8", Map.of());
      case "/slow" -> sendSlowly(x);
      case "/loop" -> send(x, 302, "", null, Map.of("Location", "/loop"));
      case "/to-file" -> send(x, 302, "", null, Map.of("Location", "file:///etc/passwd"));
      case "/huge" ->
          send(
              x,
              200,
              "<html><body><p>" + "x".repeat(300_000) + "</p></body></html>",
              "text/html",
              Map.of());
      case "/garbage" -> send(x, 200, "\u0000\u0001 not a feed <<<", "application/xml", Map.of());
      case "/down" -> send(x, 500, "broken", "text/plain", Map.of());
      case "/moved" -> send(x, 301, "", null, Map.of("Location", "/feed.xml"));
      default -> send(x, 404, "", "text/plain", Map.of());
    }
  }

  /** The feed, or 304 when the client already holds its ETag. */
  private void sendFeed(HttpExchange x) throws IOException {
    String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
    if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      send(x, 304, "", null, Map.of("ETag", etag));
    } else {
      send(x, 200, feed, "application/rss+xml", Map.of("ETag", etag));
    }
  }

  /** A page that trickles out over ten seconds, for read timeouts. */
  private static void sendSlowly(HttpExchange x) throws IOException {
    x.sendResponseHeaders(200, 0);
    try (OutputStream out = x.getResponseBody()) {
      for (int i = 0; i < 50; i++) {
        out.write("<p>slow</p>".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(200);
      }
    } catch (InterruptedException | IOException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(
      HttpExchange x, int status, String body, String type, Map<String, String> headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      x.getResponseHeaders().add("Content-Type", type);
    }
    headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
    x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String feed(int n) {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      items.append(
          """
          <item><title>Talks item %d</title><link>/a%d</link>
          <pubDate>Sun, 17 Aug 2025 09:00:00 GMT</pubDate>
          <description>Summary %d only.</description></item>
          """
              .formatted(i, i, i));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Parley Test Wire</title><link>/</link>
        <description>our own test feed</description>%s</channel></rss>
        """
        .formatted(items);
  }

  /** Articles written for these tests. */
  private static String article(String n) {
    String body =
        switch (n) {
          case "1" ->
              "Russian forces hold about 75 percent of the Donetsk region, according to maps compiled"
                  + " by a monitoring group. Moscow demanded that Ukraine withdraw its forces from the"
                  + " Donetsk region before any ceasefire, the Kremlin spokesman said on Sunday.";
          case "2" ->
              "Ukraine rejected any handover of the Donetsk region, the foreign ministry in Kyiv said"
                  + " on Sunday. The president said Ukraine would not give up its land.";
          default ->
              "Negotiators met in Istanbul on Sunday for a third round of talks on a prisoner"
                  + " exchange, officials from both sides said.";
        };
    return "<html><head><title>Article "
        + n
        + "</title><meta property=\"og:site_name\" content=\"Parley Test Wire\"></head>"
        + "<body><nav>Home | World</nav><article><h1>Article "
        + n
        + "</h1><p>"
        + body
        + "</p><p>"
        + body.replace("Sunday", "the weekend")
        + "</p></article></body></html>";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
