package org.parley.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small user knowledge-base files for tests. */
final class KbFiles {
  private KbFiles() {}

  static Path write(Path dir, String name, String... lines) {
    Path p = dir.resolve(name);
    try {
      Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
