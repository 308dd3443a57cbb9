package org.parley.cli.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Slices of the project's own annotated corpus ({@code corpus/own}, written by the developers and
 * kept in the repository), copied into a folder so that tests can train and cross-validate on a few
 * dozen documents without {@code ../shared}.
 */
public final class OwnGold {
  /** The own corpus's texts, from a module's working directory. */
  public static final String ARTICLES = "../corpus/own/articles.jsonl";

  private static final Path GOLD = Path.of("../corpus/own/gold");

  private OwnGold() {}

  /**
   * Copies gold files {@code from} (inclusive) to {@code to} (exclusive), by name, into {@code
   * dir}.
   */
  public static Path slice(Path dir, int from, int to) {
    try (Stream<Path> files = Files.list(GOLD)) {
      List<Path> sorted = files.sorted().toList();
      Files.createDirectories(dir);
      for (Path f : sorted.subList(from, Math.min(to, sorted.size()))) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of the gold files in {@code dir}, sorted. */
  public static List<String> ids(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString().replace(".jsonl", "")).sorted().toList();
    }
  }
}
