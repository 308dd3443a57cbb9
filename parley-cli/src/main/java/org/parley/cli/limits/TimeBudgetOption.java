package org.parley.cli.limits;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The per-document time budget of the commands that extract (a picocli mixin). */
public final class TimeBudgetOption {
  /** The budget when none is given: generous, since a real article takes well under a second. */
  public static final int DEFAULT_SECONDS = 300;

  @Option(
      names = "--time-budget",
      paramLabel = "SECONDS",
      description =
          "longest one document may take to extract; past it the document is reported and"
              + " skipped (not recorded), and the run goes on (default: 300; 0: no limit)")
  int seconds = DEFAULT_SECONDS;

  /** The budget; zero means none. */
  public Duration budget() {
    if (seconds < 0) {
      throw new IllegalArgumentException("--time-budget must be 0 or more, not " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }
}
