package org.parley.cli.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.source.Source;

/**
 * A progress bar on stderr in megabytes of input read: shown with {@code --progress}, or by default
 * when stderr is a terminal (told on Linux by {@code /proc/self/fd}).
 */
final class IngestProgress implements AutoCloseable {
  private final @Nullable ProgressBar bar;

  private IngestProgress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  static IngestProgress open(@Nullable Boolean wanted, List<Source> sources) {
    boolean show = wanted != null ? wanted : isTerminal();
    if (!show) {
      return new IngestProgress(null);
    }
    long total = sources.stream().mapToLong(IngestProgress::size).sum();
    return new IngestProgress(
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(Math.max(total, 1))
            .setUnit(" MB", 1L << 20)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .build());
  }

  void update(long bytes) {
    if (bar != null) {
      bar.stepTo(bytes);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  private static boolean isTerminal() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString().startsWith("/dev/pts");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static long size(Source source) {
    if (!(source instanceof Source.Local local) || !Files.exists(local.path())) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(local.path())) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
