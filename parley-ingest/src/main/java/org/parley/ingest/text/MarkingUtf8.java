package org.parley.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 reader for formats whose parser needs a {@link Reader} (CSV): each invalid byte sequence
 * becomes the noncharacter {@link #MARK} (U+FDD0, which Unicode reserves for internal use), so the
 * record holding it can be reported and passed over instead of read with U+FFFD in it. A leading
 * byte-order mark is dropped.
 */
public final class MarkingUtf8 {
  /** Stands where the input held bytes that are not UTF-8. */
  public static final char MARK = '\uFDD0';

  private MarkingUtf8() {}

  /** A reader over {@code in}; closing it closes {@code in}. */
  public static Reader reader(InputStream in) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(MARK));
    return new InputStreamReader(withoutBom(in), decoder);
  }

  /** Whether {@code text} holds a place where the input was not UTF-8. */
  public static boolean isMarked(String text) {
    return text.indexOf(MARK) >= 0;
  }

  private static InputStream withoutBom(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = pushback.readNBytes(3);
    boolean bom =
        head.length == 3
            && head[0] == (byte) 0xEF
            && head[1] == (byte) 0xBB
            && head[2] == (byte) 0xBF;
    if (!bom) {
      pushback.unread(head);
    }
    return pushback;
  }
}
