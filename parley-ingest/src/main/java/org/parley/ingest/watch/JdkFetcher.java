package org.parley.ingest.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link Fetcher} on the JDK's HTTP client with hard limits: {@code http} and {@code https} only
 * (redirect targets checked too), at most {@code maxRedirects} redirects followed by hand, a
 * deadline of {@code total} for the whole exchange (body included, so a server that dribbles is cut
 * off) and at most {@code maxBytes} of body (read as it arrives). Thread-safe.
 */
public final class JdkFetcher implements Fetcher {
  private final HttpClient client;
  private final Duration total;
  private final long maxBytes;
  private final int maxRedirects;
  private final String agent;

  public JdkFetcher(Duration total, long maxBytes, int maxRedirects, String agent) {
    this.total = total;
    this.maxBytes = maxBytes;
    this.maxRedirects = maxRedirects;
    this.agent = agent;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(total)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Response get(URI uri, Map<String, String> headers) throws InterruptedException {
    URI at = uri;
    long deadline = System.nanoTime() + total.toNanos();
    for (int hop = 0; hop <= maxRedirects; hop++) {
      String scheme = at.getScheme() == null ? "" : at.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return new Response.Failed("refused: only http and https are fetched, not " + at);
      }
      Object step = exchange(at, headers, deadline);
      if (!(step instanceof URI next)) {
        return (Response) step;
      }
      at = next;
    }
    return new Response.Failed("more than %d redirects".formatted(maxRedirects));
  }

  /** One request: a {@link Response}, or the URI a redirect points to. */
  private Object exchange(URI at, Map<String, String> headers, long deadline)
      throws InterruptedException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return new Response.Failed("no answer within " + total.toSeconds() + " s");
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(at).timeout(Duration.ofNanos(left)).header("User-Agent", agent);
    headers.forEach(b::header);
    try {
      HttpResponse<InputStream> r =
          client
              .sendAsync(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream())
              .get(left, TimeUnit.NANOSECONDS);
      return answer(at, r, deadline);
    } catch (TimeoutException e) {
      return new Response.Failed("no answer within " + total.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      return new Response.Failed(
          c instanceof HttpTimeoutException
              ? "no answer within " + total.toSeconds() + " s"
              : "cannot connect: " + c.getClass().getSimpleName() + " " + c.getMessage());
    } catch (IllegalArgumentException e) {
      return new Response.Failed("not a URL to fetch: " + e.getMessage());
    }
  }

  private Object answer(URI at, HttpResponse<InputStream> r, long deadline)
      throws InterruptedException {
    int status = r.statusCode();
    try (InputStream in = r.body()) {
      if (status == 304) {
        return new Response.NotModified();
      }
      if (status / 100 == 3) {
        Optional<String> to = r.headers().firstValue("Location");
        return to.isEmpty()
            ? new Response.Failed("HTTP " + status + " without a Location")
            : at.resolve(to.get().strip());
      }
      if (status / 100 != 2) {
        return new Response.Failed("HTTP " + status);
      }
      return new Response.Fetched(
          at,
          body(in, deadline),
          r.headers().firstValue("Content-Type").orElse(null),
          r.headers().firstValue("ETag").orElse(null),
          r.headers().firstValue("Last-Modified").orElse(null));
    } catch (TooLarge e) {
      return new Response.Failed(e.getMessage());
    } catch (IOException e) {
      return new Response.Failed("the body broke off: " + e.getMessage());
    }
  }

  /** The body, read against the deadline (a reader thread is interrupted when it passes). */
  private byte[] body(InputStream in, long deadline) throws IOException, InterruptedException {
    java.util.concurrent.CompletableFuture<byte[]> read =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return bytes;
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    byte[] bytes;
    try {
      bytes = read.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      in.close();
      throw new IOException("no whole body within " + total.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw new IOException(e.getCause() == null ? "read failed" : e.getCause().getMessage());
    }
    if (bytes.length > maxBytes) {
      throw new TooLarge("larger than the %d-byte limit".formatted(maxBytes));
    }
    return bytes;
  }

  /** A body over the size limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
