package org.parley.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's shared test material ({@code ../shared} beside the checkout, or the folder named by
 * the system property {@code parley.shared}). Tests that need it call {@link #require(String)},
 * which skips them with a message naming the missing path when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, whether or not it exists. */
  public static Path root() {
    String configured = System.getProperty("parley.shared");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("../shared").normalize();
      if (Files.isDirectory(candidate.resolve("contract"))) {
        return candidate;
      }
    }
    return here.resolve("../shared").normalize();
  }

  /** Whether {@code relative} exists under the shared folder. */
  public static boolean has(String relative) {
    return Files.exists(root().resolve(relative));
  }

  /** The path under the shared folder; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Assumptions.assumeTrue(
        Files.exists(p), () -> "skipped: shared test material not present at " + p);
    return p;
  }
}
