package org.parley.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines before any decoding, so that one line of invalid UTF-8 is
 * reported on its own and the lines after it are still read. A line ends at {@code \n}; a {@code
 * \r} before it is dropped. Not thread-safe; holds one line in memory at a time.
 */
public final class ByteLines {
  /** The line limit of {@link #ByteLines(InputStream)}: longer lines are flagged, not held. */
  public static final int MAX_LINE_BYTES = 32 << 20;

  private static final int CHUNK = 1 << 16;

  private final int maxLineBytes;
  private final InputStream in;
  private final byte[] chunk = new byte[CHUNK];
  private byte[] line = new byte[1024];
  private int chunkPos;
  private int chunkEnd;
  private long number;
  private boolean ended;
  private boolean tooLong;

  /** Reads from {@code in}, which the caller closes. */
  public ByteLines(InputStream in) {
    this(in, MAX_LINE_BYTES);
  }

  /** Reads from {@code in}, passing over lines longer than {@code maxLineBytes}. */
  public ByteLines(InputStream in, int maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("the line limit must be positive, not " + maxLineBytes);
    }
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The longest line returned in full. */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** The 1-based number of the line last returned by {@link #next()}. */
  public long number() {
    return number;
  }

  /**
   * Whether the line last returned was longer than {@link #maxLineBytes()}; it was then returned
   * empty.
   */
  public boolean wasTooLong() {
    return tooLong;
  }

  /** The next line without its terminator, or {@code null} at the end of the stream. */
  public byte @Nullable [] next() throws IOException {
    if (ended) {
      return null;
    }
    int length = 0;
    tooLong = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        ended = true;
        return length == 0 ? null : finish(length);
      }
      byte b = chunk[chunkPos++];
      if (b == '\n') {
        return finish(length);
      }
      if (length == maxLineBytes) {
        tooLong = true;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, (int) Math.min(line.length * 2L, maxLineBytes));
      }
      line[length++] = b;
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk);
    chunkPos = 0;
    chunkEnd = Math.max(n, 0);
    return n > 0;
  }

  private byte[] finish(int length) {
    number++;
    if (tooLong) {
      return new byte[0];
    }
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return Arrays.copyOf(line, end);
  }
}
