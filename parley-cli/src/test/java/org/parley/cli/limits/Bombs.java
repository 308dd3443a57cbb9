package org.parley.cli.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Compression bombs the tests build themselves: a gzip of concatenated members (which gzip readers
 * inflate one after another), each member one block of repeated text compressed once, so a file of
 * a few megabytes inflates to gigabytes without the test deflating gigabytes.
 */
final class Bombs {
  private static final int MEMBER_BYTES = 64 << 20;

  private Bombs() {}

  /**
   * Writes {@code file}: {@code head}, then {@code unit} repeated, inflating to at least {@code
   * inflated} bytes in all.
   */
  static Path write(Path file, String head, String unit, long inflated) throws IOException {
    byte[] member = member(unit, MEMBER_BYTES);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(gzip(head.getBytes(StandardCharsets.UTF_8)));
      for (long n = head.length(); n < inflated; n += MEMBER_BYTES) {
        out.write(member);
      }
    }
    return file;
  }

  private static byte[] member(String unit, int bytes) throws IOException {
    byte[] block = unit.repeat(1 << 16 / unit.length() + 1).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buffer, 1 << 16)) {
      for (int n = 0; n < bytes; n += block.length) {
        gz.write(block, 0, Math.min(block.length, bytes - n));
      }
    }
    return buffer.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
      gz.write(bytes);
    }
    return Arrays.copyOf(buffer.toByteArray(), buffer.size());
  }
}
