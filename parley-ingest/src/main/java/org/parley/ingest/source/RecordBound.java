package org.parley.ingest.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader for parsers that assemble records themselves (CSV, whose quoted fields may span lines):
 * it fails with {@link InputTooLarge} once more than {@code max} characters have been read since
 * the last {@link #startRecord()}, so one unterminated quote cannot pull a whole file into memory.
 * The count includes the parser's read-ahead, so the bound holds to within a buffer. Not
 * thread-safe.
 */
final class RecordBound extends FilterReader {
  private final long max;
  private final String problem;
  private long count;
  private long recordStart;

  RecordBound(Reader in, long max, String problem) {
    super(in);
    this.max = max;
    this.problem = problem;
  }

  /** Marks the start of the next record. */
  void startRecord() {
    recordStart = count;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws InputTooLarge {
    count += n;
    if (count - recordStart > max) {
      throw new InputTooLarge(problem);
    }
  }
}
