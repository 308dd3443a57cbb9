package org.parley.ingest.source;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a URL once, into memory (feeds and pages are small), following redirects, with a timeout.
 * Not thread-safe; close it to release the HTTP client.
 */
final class RemoteFetch implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private @Nullable HttpClient client;

  /** The response body; fails naming the status when it is not 2xx. */
  byte[] fetch(Source.Remote remote) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(remote.uri())
            .timeout(TIMEOUT)
            .header("User-Agent", "parley-ingest")
            .GET()
            .build();
    HttpResponse<byte[]> response;
    try {
      response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + remote.uri(), e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return response.body();
  }

  private HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(TIMEOUT)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return client;
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }
}
