package org.parley.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads text marked as UTF-16 or UTF-32 by a byte-order mark as UTF-8, so that every reader, which
 * expects UTF-8, reads it: the mark is dropped and the text re-encoded as it streams. Input without
 * such a mark (a UTF-8 mark included) passes through untouched. Text that breaks the encoding its
 * mark names fails with {@link InvalidEncoding}. Stateless.
 */
public final class ByteOrderMark {
  private ByteOrderMark() {}

  /**
   * {@code in} as UTF-8: re-encoded when it starts with a UTF-16 or UTF-32 byte-order mark. Only
   * the four bytes looked at are read ahead (a buffer would read on into a truncated gzip member
   * and lose what was inflated before the cut).
   */
  public static InputStream asUtf8(InputStream source) throws IOException {
    PushbackInputStream in = new PushbackInputStream(source, 4);
    byte[] head = in.readNBytes(4);
    Charset charset = charsetOf(head);
    int mark = charset == null ? 0 : charset.name().startsWith("UTF-32") ? 4 : 2;
    in.unread(head, mark, head.length - mark);
    if (charset == null) {
      return in;
    }
    Reader reader =
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new Recoded(reader, charset);
  }

  /** The encoding a byte-order mark at the start of {@code head} names, or {@code null}. */
  static @Nullable Charset charsetOf(byte[] head) {
    if (starts(head, 0x00, 0x00, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (starts(head, 0xFF, 0xFE, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (starts(head, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (starts(head, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean starts(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** The characters of a reader, encoded as UTF-8 as they are read. */
  private static final class Recoded extends InputStream {
    private final Reader reader;
    private final Charset from;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3).flip();
    private boolean ended;

    Recoded(Reader reader, Charset from) {
      this.reader = reader;
      this.from = from;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!bytes.hasRemaining()) {
        if (ended) {
          return -1;
        }
        fill();
      }
      int n = Math.min(len, bytes.remaining());
      bytes.get(buf, off, n);
      return n;
    }

    private void fill() throws IOException {
      int n;
      try {
        n = reader.read(chars);
      } catch (CharacterCodingException e) {
        throw new InvalidEncoding(
            "the text is not valid " + from.name() + " as its byte-order mark says");
      }
      ended = n < 0;
      chars.flip();
      bytes.compact();
      CoderResult result = encoder.encode(chars, bytes, ended);
      if (ended && !result.isError()) {
        result = encoder.flush(bytes);
      }
      if (result.isError()) {
        throw new InvalidEncoding(
            "the text is not valid " + from.name() + " as its byte-order mark says");
      }
      bytes.flip();
      chars.compact();
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
