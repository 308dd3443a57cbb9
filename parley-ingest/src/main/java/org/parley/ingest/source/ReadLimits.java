package org.parley.ingest.source;

import java.util.Objects;
import org.parley.ingest.fetch.FetchLimits;
import org.parley.model.limit.ByteSize;

/**
 * How much one input may hold: {@code maxFileBytes} bounds a file (or fetched body) after gzip is
 * undone, {@code maxRecordBytes} one record (a JSON line, a CSV row, a WARC record's body, and a
 * whole page, text file or feed, which are one record each), and {@code fetch} bounds fetching
 * URLs. An input past a limit is reported with its name and the limit, and the run goes on.
 * Immutable.
 */
public record ReadLimits(long maxFileBytes, long maxRecordBytes, FetchLimits fetch) {
  /** Largest file after decompression when none is given: 1 GiB. */
  public static final long DEFAULT_MAX_FILE = 1L << 30;

  /** Largest record when none is given: 8 MiB (the largest news article seen is 0.2 MB). */
  public static final long DEFAULT_MAX_RECORD = 8L << 20;

  public ReadLimits {
    Objects.requireNonNull(fetch, "fetch");
    if (maxFileBytes < 1 || maxRecordBytes < 1) {
      throw new IllegalArgumentException("size limits must be positive");
    }
    if (maxRecordBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "a record can be at most 2 GiB, not " + ByteSize.describe(maxRecordBytes));
    }
  }

  /** 1 GiB per file, 8 MiB per record, and the default fetch limits. */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_FILE, DEFAULT_MAX_RECORD, FetchLimits.defaults());
  }

  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(bytes, maxRecordBytes, fetch);
  }

  public ReadLimits withMaxRecordBytes(long bytes) {
    return new ReadLimits(maxFileBytes, bytes, fetch);
  }

  public ReadLimits withFetch(FetchLimits limits) {
    return new ReadLimits(maxFileBytes, maxRecordBytes, limits);
  }

  /** The per-file limit in words, with the option that changes it. */
  String fileLimit() {
    return "the %s limit per file (--max-file-size)".formatted(ByteSize.describe(maxFileBytes));
  }

  /** The per-record limit in words, with the option that changes it. */
  String recordLimit() {
    return "the %s limit per record (--max-record-size)"
        .formatted(ByteSize.describe(maxRecordBytes));
  }
}
