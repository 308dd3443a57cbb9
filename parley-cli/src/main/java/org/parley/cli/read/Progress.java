package org.parley.cli.read;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A progress bar on stderr, in megabytes of input read. Shown when asked ({@code --progress}), or
 * by default when stderr is a terminal, stdout is not (the bar would tangle with the table) and the
 * input is at least {@value #LONG_RUN_BYTES} bytes. Terminals are told on Linux by {@code
 * /proc/self/fd}; elsewhere only {@code --progress} shows the bar.
 */
final class Progress implements AutoCloseable {
  static final long LONG_RUN_BYTES = 20L << 20;
  private static final Progress NONE = new Progress(null);

  private final @Nullable ProgressBar bar;

  private Progress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  static Progress open(@Nullable Boolean wanted, List<Source> sources) {
    boolean auto = wanted == null && isTerminal(2) && !isTerminal(1);
    if (Boolean.FALSE.equals(wanted) || (wanted == null && !auto)) {
      return NONE;
    }
    long total = sources.stream().mapToLong(Progress::size).sum();
    if (wanted == null && total < LONG_RUN_BYTES) {
      return NONE;
    }
    return new Progress(
        new ProgressBarBuilder()
            .setTaskName("read")
            .setInitialMax(total)
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

  private static long size(Source source) {
    if (!(source instanceof Source.Local local) || !Files.exists(local.path())) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(local.path())) {
      return files.filter(Files::isRegularFile).mapToLong(Progress::sizeOf).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
