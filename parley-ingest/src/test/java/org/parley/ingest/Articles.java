package org.parley.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Short articles written for these tests (invented events, the project's own words), and helpers
 * that put them into files.
 */
public final class Articles {
  /** A report of a first round of talks, about 120 words. */
  public static final String TALKS =
      """
      Delegations from the two governments met in Geneva on Tuesday for a first round of talks \
      on a ceasefire along the southern front, officials on both sides said.

      The head of one delegation told reporters that his side wanted a monitoring mission in \
      place before any withdrawal of heavy weapons, and that the question of the contested \
      districts would be left for a later round.

      The other delegation said it was ready to discuss an exchange of prisoners within two \
      weeks, but rejected any talk of new borders while troops remained on its territory.

      A mediator from a neutral country described the meeting as frank and said a second round \
      was planned for the end of the month in the same city.
      """;

  /** {@link #TALKS} with a few words changed, as a second outlet might run it. */
  public static final String TALKS_EDITED =
      TALKS
          .replace("on Tuesday", "on Tuesday morning")
          .replace("frank", "frank and useful")
          .replace("same city", "same Swiss city");

  /** A different report, about 90 words. */
  public static final String GRAIN =
      """
      Shipping companies resumed grain exports from three southern ports on Friday after \
      insurers agreed to cover vessels that follow a corridor marked by the navy.

      The first convoy of six ships carried about two hundred thousand tonnes of wheat and \
      maize, port officials said, and was expected to reach the straits within three days.

      Farmers' unions welcomed the move but warned that storage was nearly full and that the \
      harvest would be lost unless more ships could sail each week.
      """;

  /** A German paragraph (own words): talks resumed, prisoners to be exchanged. */
  public static final String GERMAN =
      """
      Die Delegationen beider Regierungen haben sich am Dienstag in Genf zu einer ersten \
      Gesprächsrunde über eine Waffenruhe getroffen. Nach Angaben von Beamten soll innerhalb \
      von zwei Wochen ein Austausch von Gefangenen vorbereitet werden, während die Frage der \
      umstrittenen Bezirke auf eine spätere Runde verschoben wurde.
      """;

  /** A Russian paragraph (own words) on the same talks. */
  public static final String RUSSIAN =
      """
      Делегации двух правительств встретились во вторник в Женеве для первого раунда \
      переговоров о прекращении огня. По словам официальных лиц, обмен пленными может \
      состояться в течение двух недель, а вопрос о спорных районах отложен до следующего раунда.
      """;

  private Articles() {}

  /** Writes {@code text} as UTF-8 to {@code dir/name}, creating folders. */
  public static Path write(Path dir, String name, String text) {
    return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes raw bytes to {@code dir/name}, creating folders. */
  public static Path writeBytes(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} gzipped to {@code dir/name}. */
  public static Path writeGzip(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSONL line in the shared corpus's layout. */
  public static String jsonLine(String id, String date, String title, String text) {
    return "{\"id\": \"%s\", \"date\": \"%s\", \"outlet\": \"Test Wire\", \"url\": null, \"title\": \"%s\", \"text\": \"%s\"}"
        .formatted(id, date, title, escape(text));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
