package org.parley.ingest.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails with {@link InputTooLarge} once more than {@code max} bytes have come
 * through, so a compression bomb is stopped after at most {@code max} inflated bytes. Not
 * thread-safe.
 */
final class BoundedInput extends FilterInputStream {
  private final long max;
  private final String problem;
  private long count;

  /** Passes at most {@code max} bytes of {@code in}; past them fails with {@code problem}. */
  BoundedInput(InputStream in, long max, String problem) {
    super(in);
    this.max = max;
    this.problem = problem;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, (int) Math.min(len, max - count + 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, max - count + 1));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws InputTooLarge {
    count += n;
    if (count > max) {
      throw new InputTooLarge(problem);
    }
  }
}
