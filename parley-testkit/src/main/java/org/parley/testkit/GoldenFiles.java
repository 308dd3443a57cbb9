package org.parley.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions (jsoup's printer tests, Lucene's voc/output pairs): the actual output is
 * compared with an expected file; on a mismatch it is written beside it as {@code actual-<name>}
 * and the test fails with a diff. With {@code -Dgolden.update=true} the expected file is rewritten
 * instead, for a reviewer to read in the diff.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /** Whether this run rewrites expected files. */
  public static boolean isUpdating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Asserts that {@code actual} equals the content of {@code expected} (UTF-8). */
  public static void assertMatches(Path expected, String actual) {
    try {
      if (isUpdating()) {
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(expected)
          .as("golden file %s is missing; run with -Dgolden.update=true to create it", expected)
          .exists();
      String want = Files.readString(expected, StandardCharsets.UTF_8);
      Path actualFile = expected.resolveSibling("actual-" + expected.getFileName());
      if (!want.equals(actual)) {
        Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
      } else {
        Files.deleteIfExists(actualFile);
      }
      assertThat(actual)
          .as("output differs from %s (actual written beside it)", expected)
          .isEqualTo(want);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
