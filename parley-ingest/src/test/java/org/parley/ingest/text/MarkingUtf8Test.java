package org.parley.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkingUtf8Test {
  private static String read(byte[] bytes) throws IOException {
    try (Reader r = MarkingUtf8.reader(new ByteArrayInputStream(bytes))) {
      StringBuilder out = new StringBuilder();
      char[] buf = new char[64];
      for (int n = r.read(buf); n > 0; n = r.read(buf)) {
        out.append(buf, 0, n);
      }
      return out.toString();
    }
  }

  @Test
  void marksInvalidBytesInsteadOfReplacingThemSilently() throws IOException {
    String text = read(new byte[] {'o', 'k', ',', (byte) 0xE9, 't', 'e'});
    assertThat(text).isEqualTo("ok," + MarkingUtf8.MARK + "te");
    assertThat(MarkingUtf8.isMarked(text)).isTrue();
  }

  @Test
  void leavesValidTextAloneAndDropsTheByteOrderMark() throws IOException {
    String text = read("\uFEFFa,é".getBytes(StandardCharsets.UTF_8));
    assertThat(text).isEqualTo("a,é");
    assertThat(MarkingUtf8.isMarked(text)).isFalse();
  }
}
