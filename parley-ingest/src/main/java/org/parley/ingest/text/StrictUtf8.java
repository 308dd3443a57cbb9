package org.parley.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 without replacing anything: invalid input is reported with its byte offset and
 * line, never turned into U+FFFD behind the reader's back. Stateless and thread-safe.
 */
public final class StrictUtf8 {
  private static final int BOM_LENGTH = 3;

  private StrictUtf8() {}

  /**
   * Decodes {@code bytes[from, to)}; a UTF-8 byte-order mark at {@code from} is dropped. Offsets in
   * an {@link Decoded.Invalid} count from {@code from}.
   */
  public static Decoded decode(byte[] bytes, int from, int to) {
    int start = hasBom(bytes, from, to) ? from + BOM_LENGTH : from;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
    CharBuffer out = CharBuffer.allocate(to - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      return new Decoded.Invalid(offset - from, lineOf(bytes, from, offset));
    }
    return new Decoded.Text(out.flip().toString());
  }

  /** Decodes all of {@code bytes}. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  private static boolean hasBom(byte[] b, int from, int to) {
    return to - from >= BOM_LENGTH
        && b[from] == (byte) 0xEF
        && b[from + 1] == (byte) 0xBB
        && b[from + 2] == (byte) 0xBF;
  }

  private static long lineOf(byte[] bytes, int from, int offset) {
    long line = 1;
    for (int i = from; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
