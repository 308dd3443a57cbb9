package org.parley.ingest.fetch;

/** Why a fetch gave no body. */
public enum FetchProblem {
  /** The URL, or a redirect's target, is not {@code http} or {@code https}, or has no host. */
  SCHEME,
  /** The body is larger than the limit (by its declared length or by what arrived). */
  TOO_LARGE,
  /** Connecting, the headers or the whole response took longer than allowed. */
  TIMEOUT,
  /** More redirects than allowed, or a redirect without a usable target. */
  REDIRECTS,
  /** The server answered with a status that is neither 2xx nor 304. */
  STATUS,
  /** The connection failed or broke (refused, reset, unknown host, TLS). */
  NETWORK
}
