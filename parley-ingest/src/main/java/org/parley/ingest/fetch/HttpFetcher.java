package org.parley.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches {@code http} and {@code https} URLs into memory within {@link FetchLimits}: redirects are
 * followed by hand, each target checked for its scheme, up to the limit; the body is capped; the
 * deadline covers the whole fetch, so a server that stalls or sends without end is cut off. Safe to
 * share between threads; close it to release the client and abort what is still in flight.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final String AGENT = "parley-ingest";

  private final FetchLimits limits;
  private final HttpClient client;

  public HttpFetcher(FetchLimits limits) {
    this.limits = limits;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.connect())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public FetchLimits limits() {
    return limits;
  }

  /** Fetches {@code uri} with a plain GET. */
  public FetchOutcome fetch(URI uri) {
    return fetch(uri, Map.of());
  }

  /**
   * Fetches {@code uri}, sending {@code headers} with every request (say, {@code If-None-Match} for
   * a conditional GET, whose 304 answer is {@link FetchOutcome.NotModified}).
   */
  public FetchOutcome fetch(URI uri, Map<String, String> headers) {
    long deadline = System.nanoTime() + limits.total().toNanos();
    URI current = uri;
    for (int redirects = 0; ; redirects++) {
      String bad = schemeProblem(current);
      if (bad != null) {
        return new FetchOutcome.Failed(uri, FetchProblem.SCHEME, bad);
      }
      Exchange x = exchange(uri, current, headers, deadline);
      if (x.outcome() != null) {
        return x.outcome();
      }
      if (redirects == limits.maxRedirects()) {
        return new FetchOutcome.Failed(
            uri,
            FetchProblem.REDIRECTS,
            "more than %d redirects (last to %s)".formatted(limits.maxRedirects(), x.next()));
      }
      current = x.next();
    }
  }

  /** One request's result: an outcome, or (for a redirect) the next URI to ask. */
  private record Exchange(@Nullable FetchOutcome outcome, @Nullable URI next) {}

  private Exchange exchange(URI asked, URI current, Map<String, String> headers, long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return new Exchange(timedOut(asked), null);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(current)
            .timeout(shorter(limits.headers(), Duration.ofNanos(left)))
            .header("User-Agent", AGENT)
            .GET();
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.build(), this::bodyFor);
    try {
      return answer(asked, current, future.get(left, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Exchange(timedOut(asked), null);
    } catch (ExecutionException e) {
      return new Exchange(failure(asked, e.getCause()), null);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Exchange(
          new FetchOutcome.Failed(asked, FetchProblem.NETWORK, "interrupted"), null);
    }
  }

  private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
    if (REDIRECTS.contains(info.statusCode()) || info.statusCode() / 100 != 2) {
      // a redirect's or an error's body is not wanted, but it is capped like any other
      return new CappedBody(limits.maxBytes(), -1);
    }
    return new CappedBody(
        limits.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1));
  }

  private Exchange answer(URI asked, URI current, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status / 100 == 2) {
      return new Exchange(
          new FetchOutcome.Fetched(asked, current, status, response.headers(), response.body()),
          null);
    }
    if (status == 304) {
      return new Exchange(new FetchOutcome.NotModified(asked, response.headers()), null);
    }
    if (REDIRECTS.contains(status)) {
      Optional<String> location = response.headers().firstValue("Location");
      if (location.isEmpty()) {
        return new Exchange(
            new FetchOutcome.Failed(
                asked, FetchProblem.REDIRECTS, "HTTP %d without a Location".formatted(status)),
            null);
      }
      try {
        return new Exchange(null, current.resolve(location.get().strip()));
      } catch (IllegalArgumentException e) {
        return new Exchange(
            new FetchOutcome.Failed(
                asked,
                FetchProblem.REDIRECTS,
                "HTTP %d to an unusable Location '%s'".formatted(status, location.get())),
            null);
      }
    }
    return new Exchange(
        new FetchOutcome.Failed(asked, FetchProblem.STATUS, "HTTP " + status), null);
  }

  private FetchOutcome.Failed timedOut(URI asked) {
    return new FetchOutcome.Failed(
        asked,
        FetchProblem.TIMEOUT,
        "no complete response within %s (the whole-fetch deadline)"
            .formatted(words(limits.total())));
  }

  private FetchOutcome.Failed failure(URI asked, @Nullable Throwable cause) {
    if (cause instanceof CappedBody.TooLarge tooLarge) {
      return new FetchOutcome.Failed(
          asked, FetchProblem.TOO_LARGE, "the body " + tooLarge.getMessage());
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchOutcome.Failed(
          asked, FetchProblem.TIMEOUT, "no connection within " + words(limits.connect()));
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchOutcome.Failed(
          asked, FetchProblem.TIMEOUT, "no response headers within " + words(limits.headers()));
    }
    String detail =
        cause == null || cause.getMessage() == null
            ? String.valueOf(cause == null ? "failed" : cause.getClass().getSimpleName())
            : cause.getMessage();
    return new FetchOutcome.Failed(
        asked, FetchProblem.NETWORK, cause instanceof IOException ? detail : "failed: " + detail);
  }

  /** Why {@code uri} may not be fetched, or {@code null} when it may. */
  static @Nullable String schemeProblem(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https URLs are fetched, not '%s'".formatted(uri);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return "the URL '%s' names no host".formatted(uri);
    }
    return null;
  }

  /** A duration as "30 s" or "0.25 s". */
  static String words(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Aborts what is in flight and releases the client. */
  @Override
  public void close() {
    client.shutdownNow();
  }
}
