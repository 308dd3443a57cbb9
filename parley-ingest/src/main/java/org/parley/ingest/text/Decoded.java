package org.parley.ingest.text;

/** The outcome of decoding bytes as UTF-8: the text, or where the first invalid sequence lies. */
public sealed interface Decoded {
  /** The bytes were valid UTF-8; a leading byte-order mark is dropped from {@code text}. */
  record Text(String text) implements Decoded {}

  /**
   * The bytes were not valid UTF-8: {@code byteOffset} is the offset of the first invalid byte,
   * {@code line} (1-based) the line it falls on.
   */
  record Invalid(long byteOffset, long line) implements Decoded {
    /** The problem in words, e.g. {@code invalid UTF-8 at byte 120 (line 4)}. */
    public String describe() {
      return "invalid UTF-8 at byte %d (line %d)".formatted(byteOffset, line);
    }
  }
}
