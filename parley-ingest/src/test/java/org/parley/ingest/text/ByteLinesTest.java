package org.parley.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
  private static List<String> lines(byte[] bytes) throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(bytes));
    List<String> out = new ArrayList<>();
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      out.add(lines.number() + ":" + new String(line, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    assertThat(lines("one\r\ntwo\n\nfour".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("1:one", "2:two", "3:", "4:four");
  }

  @Test
  void aFinalNewlineDoesNotMakeAnEmptyLine() throws IOException {
    assertThat(lines("one\n".getBytes(StandardCharsets.UTF_8))).containsExactly("1:one");
  }

  @Test
  void keepsInvalidBytesForTheCallerToReport() throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(new byte[] {'a', (byte) 0xFF, '\n'}));
    assertThat(lines.next()).containsExactly('a', (byte) 0xFF);
  }

  @Test
  void handsLinesLongerThanTheChunkBackWhole() throws IOException {
    String longLine = "x".repeat(200_000);
    assertThat(lines((longLine + "\nend").getBytes(StandardCharsets.UTF_8)))
        .containsExactly("1:" + longLine, "2:end");
  }
}
