package org.parley.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
  @Test
  void decodesValidUtf8() {
    byte[] bytes = "Kyiv — Київ".getBytes(StandardCharsets.UTF_8);
    assertThat(StrictUtf8.decode(bytes)).isEqualTo(new Decoded.Text("Kyiv — Київ"));
  }

  @Test
  void dropsALeadingByteOrderMark() {
    byte[] bytes = "\uFEFFtext".getBytes(StandardCharsets.UTF_8);
    assertThat(StrictUtf8.decode(bytes)).isEqualTo(new Decoded.Text("text"));
  }

  @Test
  void reportsTheOffsetAndLineOfTheFirstInvalidByte() {
    byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xC3, '(', '\n'};
    assertThat(StrictUtf8.decode(bytes)).isEqualTo(new Decoded.Invalid(4, 2));
  }

  @Test
  void countsOffsetsFromTheStartOfTheRange() {
    byte[] bytes = {'x', 'x', 'o', 'k', (byte) 0xFF};
    assertThat(StrictUtf8.decode(bytes, 2, 5)).isEqualTo(new Decoded.Invalid(2, 1));
  }

  @Test
  void describesTheProblemInWords() {
    assertThat(new Decoded.Invalid(120, 4).describe())
        .isEqualTo("invalid UTF-8 at byte 120 (line 4)");
  }
}
