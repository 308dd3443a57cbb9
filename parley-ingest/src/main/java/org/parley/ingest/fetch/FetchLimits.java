package org.parley.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a fetch may go: {@code connect} bounds opening the connection, {@code headers} the wait
 * for the response headers, {@code total} the whole fetch, body and redirects included (so a server
 * that sends its body slowly or without end is cut off), {@code maxBytes} the body's size, and
 * {@code maxRedirects} the redirects followed. Immutable.
 */
public record FetchLimits(
    Duration connect, Duration headers, Duration total, long maxBytes, int maxRedirects) {
  /** Connection timeout when none is given. */
  public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);

  /** Wait for the response headers when none is given. */
  public static final Duration DEFAULT_HEADERS = Duration.ofSeconds(30);

  /** Deadline for a whole fetch, body included, when none is given. */
  public static final Duration DEFAULT_TOTAL = Duration.ofSeconds(60);

  /** Largest body when none is given: 32 MiB. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  /** Redirects followed when no number is given. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  public FetchLimits {
    Objects.requireNonNull(connect, "connect");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(total, "total");
    if (connect.isNegative() || connect.isZero() || headers.isNegative() || headers.isZero()) {
      throw new IllegalArgumentException("fetch timeouts must be positive");
    }
    if (total.isNegative() || total.isZero()) {
      throw new IllegalArgumentException("the fetch deadline must be positive, not " + total);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the fetch size limit must be positive, not " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("the redirect limit must be >= 0, not " + maxRedirects);
    }
  }

  /** 10 s to connect, 30 s to the headers, 60 s for the whole fetch, 32 MiB, 5 redirects. */
  public static FetchLimits defaults() {
    return new FetchLimits(
        DEFAULT_CONNECT, DEFAULT_HEADERS, DEFAULT_TOTAL, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS);
  }

  public FetchLimits withMaxBytes(long bytes) {
    return new FetchLimits(connect, headers, total, bytes, maxRedirects);
  }

  public FetchLimits withTotal(Duration deadline) {
    return new FetchLimits(
        connect,
        headers.compareTo(deadline) < 0 ? headers : deadline,
        deadline,
        maxBytes,
        maxRedirects);
  }

  public FetchLimits withMaxRedirects(int redirects) {
    return new FetchLimits(connect, headers, total, maxBytes, redirects);
  }
}
