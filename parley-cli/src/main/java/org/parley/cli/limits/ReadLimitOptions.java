package org.parley.cli.limits;

import java.time.Duration;
import org.parley.ingest.fetch.FetchLimits;
import org.parley.ingest.source.ReadLimits;
import org.parley.model.limit.ByteSize;
import picocli.CommandLine.Option;

/**
 * The size and fetch limits of the commands that read sources (a picocli mixin): {@code
 * --max-file-size}, {@code --max-record-size}, {@code --max-fetch-size}, {@code --fetch-timeout}.
 */
public final class ReadLimitOptions {
  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      description = "largest input file after decompression, e.g. 512m (default: 1g)")
  String maxFile = "1g";

  @Option(
      names = "--max-record-size",
      paramLabel = "SIZE",
      description =
          "largest record: a JSON line, CSV row, WARC page, or a whole page, text file or feed"
              + " (default: 8m)")
  String maxRecord = "8m";

  @Option(
      names = "--max-fetch-size",
      paramLabel = "SIZE",
      description = "largest body fetched from a URL (default: 32m)")
  String maxFetch = "32m";

  @Option(
      names = "--fetch-timeout",
      paramLabel = "SECONDS",
      description = "deadline for fetching one URL, body and redirects included (default: 60)")
  int fetchTimeout = (int) FetchLimits.DEFAULT_TOTAL.toSeconds();

  /** The limits the options name; fails naming a malformed value. */
  public ReadLimits limits() {
    if (fetchTimeout < 1) {
      throw new IllegalArgumentException("--fetch-timeout must be at least 1, not " + fetchTimeout);
    }
    FetchLimits fetch =
        FetchLimits.defaults()
            .withMaxBytes(size("--max-fetch-size", maxFetch))
            .withTotal(Duration.ofSeconds(fetchTimeout));
    return new ReadLimits(
        size("--max-file-size", maxFile), size("--max-record-size", maxRecord), fetch);
  }

  private static long size(String option, String value) {
    try {
      return ByteSize.parse(value).bytes();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }
}
