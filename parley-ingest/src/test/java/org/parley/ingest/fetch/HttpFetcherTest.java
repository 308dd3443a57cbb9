package org.parley.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetches from a real HTTP server that misbehaves in each way a fetch must survive. */
class HttpFetcherTest {
  private static final FetchLimits QUICK =
      new FetchLimits(
          Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofMillis(1500), 4096, 3);

  private HttpServer server;
  private ExecutorService threads;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    threads = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().unstarted(r));
    server.setExecutor(threads);
    server.createContext("/feed", exchange -> send(exchange, 200, "<rss>fine</rss>"));
    server.createContext("/missing", exchange -> send(exchange, 404, "gone"));
    server.createContext("/big", exchange -> send(exchange, 200, "x".repeat(5000)));
    server.createContext("/endless", HttpFetcherTest::endless);
    server.createContext("/dribble", HttpFetcherTest::dribble);
    server.createContext("/silent", exchange -> sleep(10_000));
    server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
    server.createContext("/hop", exchange -> redirect(exchange, "/feed"));
    server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
    server.createContext("/etag", HttpFetcherTest::conditional);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  private FetchOutcome fetch(String path) {
    try (HttpFetcher fetcher = new HttpFetcher(QUICK)) {
      return fetcher.fetch(url(path));
    }
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void fetchesABodyWithinTheLimits() {
    FetchOutcome outcome = fetch("/feed");
    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched f = (FetchOutcome.Fetched) outcome;
    assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>fine</rss>");
    assertThat(f.contentType()).isEqualTo("text/plain");
  }

  @Test
  void followsARedirectAndSaysWhereItLed() {
    FetchOutcome.Fetched f = (FetchOutcome.Fetched) fetch("/hop");
    assertThat(f.finalUri()).isEqualTo(url("/feed"));
    assertThat(f.uri()).isEqualTo(url("/hop"));
  }

  @Test
  void refusesUrlsThatAreNotHttp() {
    try (HttpFetcher fetcher = new HttpFetcher(QUICK)) {
      assertThat(fetcher.fetch(URI.create("file:///etc/passwd")))
          .isEqualTo(
              new FetchOutcome.Failed(
                  URI.create("file:///etc/passwd"),
                  FetchProblem.SCHEME,
                  "only http and https URLs are fetched, not 'file:///etc/passwd'"));
      assertThat(problem(fetcher.fetch(URI.create("ftp://127.0.0.1/x")))).isEqualTo("SCHEME");
    }
  }

  @Test
  void refusesARedirectToAnotherScheme() {
    assertThat(fetch("/to-file"))
        .isEqualTo(
            new FetchOutcome.Failed(
                url("/to-file"),
                FetchProblem.SCHEME,
                "only http and https URLs are fetched, not 'file:///etc/passwd'"));
  }

  @Test
  void stopsAfterTheRedirectLimit() {
    FetchOutcome outcome = fetch("/loop");
    assertThat(problem(outcome)).isEqualTo("REDIRECTS");
    assertThat(((FetchOutcome.Failed) outcome).detail()).startsWith("more than 3 redirects");
  }

  @Test
  void refusesABodyOverTheSizeLimitByItsDeclaredLength() {
    FetchOutcome outcome = fetch("/big");
    assertThat(outcome)
        .isEqualTo(
            new FetchOutcome.Failed(
                url("/big"),
                FetchProblem.TOO_LARGE,
                "the body declares 5000 bytes, over the 4 KiB limit"));
  }

  @Test
  void cutsOffAnEndlessBodyAtTheSizeLimit() {
    long start = System.nanoTime();
    FetchOutcome outcome = fetch("/endless");
    assertThat(outcome)
        .isEqualTo(
            new FetchOutcome.Failed(
                url("/endless"),
                FetchProblem.TOO_LARGE,
                "the body sent more than the 4 KiB limit"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void cutsOffABodySentSlowlyAtTheWholeFetchDeadline() {
    long start = System.nanoTime();
    FetchOutcome outcome = fetch("/dribble");
    assertThat(outcome)
        .isEqualTo(
            new FetchOutcome.Failed(
                url("/dribble"),
                FetchProblem.TIMEOUT,
                "no complete response within 1.5 s (the whole-fetch deadline)"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void givesUpOnAServerThatSendsNoHeaders() {
    assertThat(fetch("/silent"))
        .isEqualTo(
            new FetchOutcome.Failed(
                url("/silent"), FetchProblem.TIMEOUT, "no response headers within 0.7 s"));
  }

  @Test
  void reportsAStatusThatIsNoSuccess() {
    assertThat(fetch("/missing"))
        .isEqualTo(new FetchOutcome.Failed(url("/missing"), FetchProblem.STATUS, "HTTP 404"));
  }

  @Test
  void reportsAConnectionRefused() {
    URI closed = URI.create("http://127.0.0.1:1/feed");
    try (HttpFetcher fetcher = new HttpFetcher(QUICK)) {
      assertThat(problem(fetcher.fetch(closed))).isEqualTo("NETWORK");
    }
  }

  @Test
  void aConditionalRequestCanBeAnsweredNotModified() {
    try (HttpFetcher fetcher = new HttpFetcher(QUICK)) {
      assertThat(fetcher.fetch(url("/etag"))).isInstanceOf(FetchOutcome.Fetched.class);
      assertThat(fetcher.fetch(url("/etag"), Map.of("If-None-Match", "\"v1\"")))
          .isInstanceOf(FetchOutcome.NotModified.class);
    }
  }

  private static String problem(FetchOutcome outcome) {
    return outcome instanceof FetchOutcome.Failed f ? f.problem().name() : outcome.toString();
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void endless(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      byte[] block = new byte[1024];
      for (int i = 0; i < 1_000_000; i++) {
        out.write(block);
      }
    } catch (IOException expected) {
      // the client hung up, as it should
    }
  }

  private static void dribble(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 600; i++) {
        out.write('x');
        out.flush();
        sleep(50);
      }
    } catch (IOException expected) {
      // the client hung up, as it should
    }
  }

  private static void conditional(HttpExchange exchange) throws IOException {
    if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().add("ETag", "\"v1\"");
    send(exchange, 200, "<rss/>");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
