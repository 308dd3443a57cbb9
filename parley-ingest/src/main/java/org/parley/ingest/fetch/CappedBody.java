package org.parley.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;
import org.parley.model.limit.ByteSize;

/**
 * Collects a response body up to a size limit: past it, the subscription is cancelled (which closes
 * the exchange) and the body fails with {@link TooLarge}. A body whose declared length is already
 * over the limit fails before a byte is read. Single use.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final long max;
  private final long declared;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Flow.@Nullable Subscription subscription;

  /** The body failed because it is larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** A body of at most {@code max} bytes; {@code declared} is its Content-Length, or -1. */
  CappedBody(long max, long declared) {
    this.max = max;
    this.declared = declared;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declared > max) {
      fail("declares %d bytes, over the %s limit".formatted(declared, ByteSize.describe(max)));
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      if (out.size() + (long) b.remaining() > max) {
        fail("sent more than the %s limit".formatted(ByteSize.describe(max)));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.writeBytes(chunk);
    }
    if (subscription != null) {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable t) {
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    body.complete(out.toByteArray());
  }

  private void fail(String problem) {
    if (subscription != null) {
      subscription.cancel();
    }
    body.completeExceptionally(new TooLarge(problem));
  }
}
