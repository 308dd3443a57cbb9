package org.parley.ingest.watch;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one conditional GET gave a watch: a body, "not modified", or why there is none. */
public sealed interface Response {
  /** A 2xx body with its validators, from {@code finalUri} (after redirects). */
  record Fetched(
      URI finalUri,
      byte[] body,
      @Nullable String contentType,
      @Nullable String etag,
      @Nullable String lastModified)
      implements Response {
    public Fetched {
      Objects.requireNonNull(finalUri, "finalUri");
      Objects.requireNonNull(body, "body");
    }
  }

  /** 304: nothing changed since the validators sent. */
  record NotModified() implements Response {}

  /** No body: a refused scheme, a timeout, too large, too many redirects, a bad status, … */
  record Failed(String problem) implements Response {}
}
