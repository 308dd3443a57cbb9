package org.parley.ingest.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;

/** What fetching one URL gave: a body, "not modified", or the reason there is none. */
public sealed interface FetchOutcome {
  /** The URL asked for. */
  URI uri();

  /**
   * A 2xx response: {@code finalUri} is where the redirects led, {@code body} holds at most the
   * size limit's bytes (the array is the caller's; it is not copied).
   */
  record Fetched(URI uri, URI finalUri, int status, HttpHeaders headers, byte[] body)
      implements FetchOutcome {
    public Fetched {
      Objects.requireNonNull(finalUri, "finalUri");
      Objects.requireNonNull(headers, "headers");
      Objects.requireNonNull(body, "body");
    }

    /** The media type the server declared, or the empty string. */
    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }
  }

  /** A 304 answer to a conditional request ({@code If-None-Match}, {@code If-Modified-Since}). */
  record NotModified(URI uri, HttpHeaders headers) implements FetchOutcome {}

  /** No body: {@code problem} says why in a word, {@code detail} in a sentence. */
  record Failed(URI uri, FetchProblem problem, String detail) implements FetchOutcome {}
}
