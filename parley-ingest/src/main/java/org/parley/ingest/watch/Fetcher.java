package org.parley.ingest.watch;

import java.net.URI;
import java.util.Map;

/**
 * Fetches one URL with extra request headers (the conditional GET's {@code If-None-Match} and
 * {@code If-Modified-Since}); never throws for a bad server, a bad URL or a slow or huge answer:
 * every outcome is a {@link Response}. Close it to release connections.
 */
public interface Fetcher extends AutoCloseable {
  Response get(URI uri, Map<String, String> headers) throws InterruptedException;

  @Override
  void close();
}
