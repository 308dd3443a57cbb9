package org.parley.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.parley.ingest.text.ByteOrderMark;

/**
 * One input to read: a file, or the body of a fetched URL. {@code name} names it in diagnostics;
 * {@code stem} is the file name without directory and extension, the id of a document that is the
 * whole input. {@link #open()} undoes gzip, whatever the name says, by looking at the first bytes,
 * and stops with {@link InputTooLarge} past the per-file limit of {@code limits}; {@link
 * #readAll()} stops past the per-record limit.
 */
public record SourceInput(String name, String stem, Opener opener, ReadLimits limits) {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  /** Opens the raw bytes of an input, afresh on each call. */
  @FunctionalInterface
  public interface Opener {
    /** A new stream over the input's raw bytes; the caller closes it. */
    InputStream open() throws IOException;
  }

  /** An input read within the default limits. */
  public SourceInput(String name, String stem, Opener opener) {
    this(name, stem, opener, ReadLimits.defaults());
  }

  /**
   * The input's bytes, gunzipped if they are gzip, failing with {@link InputTooLarge} past the
   * per-file limit, and re-encoded as UTF-8 when a byte-order mark says UTF-16 or UTF-32; the
   * caller closes the stream.
   */
  public InputStream open() throws IOException {
    InputStream bounded =
        new BoundedInput(
            decompressed(),
            limits.maxFileBytes(),
            "holds more than %s (after decompression); reading stopped there"
                .formatted(limits.fileLimit()));
    return ByteOrderMark.asUtf8(bounded);
  }

  private InputStream decompressed() throws IOException {
    BufferedInputStream in = new BufferedInputStream(opener.open(), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
      // unbuffered on top: a BufferedInputStream would keep reading into a truncated member and
      // lose the text inflated before the cut along with the EOFException
      return new GZIPInputStream(in, 1 << 16);
    }
    return in;
  }

  /**
   * All the input's bytes, gunzipped, for the formats that are one record per file; fails with
   * {@link InputTooLarge} when they are more than the per-record limit.
   */
  public byte[] readAll() throws IOException {
    try (InputStream in = open()) {
      byte[] bytes = in.readNBytes((int) limits.maxRecordBytes() + 1);
      if (bytes.length > limits.maxRecordBytes()) {
        throw new InputTooLarge(
            "is larger than %s (a page, text file or feed is one record)"
                .formatted(limits.recordLimit()));
      }
      return bytes;
    }
  }

  /** Up to {@code n} first bytes of the gunzipped input, for telling its format. */
  public byte[] head(int n) throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(n);
    }
  }

  /** The name without a {@code .gz} suffix, lower case: what the format is told by. */
  public String formatName() {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
  }

  /** {@code name} followed by {@code :line}, the way diagnostics name a line. */
  public String at(long line) {
    return name + ":" + line;
  }

  /**
   * The stem of a file name: without directories, a {@code .gz} suffix and then one extension
   * ({@code crawl.warc.gz} gives {@code crawl}).
   */
  public static String stemOf(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (base.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      base = base.substring(0, base.length() - 3);
    }
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
