package org.parley.cli.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.source.Source;

/**
 * A progress bar on stderr in megabytes of input read, with the documents read so far and their
 * rate in documents/s: shown with {@code --progress}, or by default when stderr is a terminal (told
 * on Linux by {@code /proc/self/fd}). Close it before printing a summary: its last redraw then ends
 * its own line and never overwrites the summary.
 */
public final class IngestProgress implements AutoCloseable {
  private static final int PIPED_WIDTH = 100;
  private final @Nullable ProgressBar bar;
  private final String unit;
  private final long started = System.nanoTime();
  private boolean closed;

  private IngestProgress(@Nullable ProgressBar bar) {
    this(bar, "docs");
  }

  private IngestProgress(@Nullable ProgressBar bar, String unit) {
    this.bar = bar;
    this.unit = unit;
  }

  static IngestProgress open(@Nullable Boolean wanted, List<Source> sources) {
    return open("ingest", wanted, sources);
  }

  /** A bar for {@code task} over the bytes of {@code sources}. */
  public static IngestProgress open(String task, @Nullable Boolean wanted, List<Source> sources) {
    boolean show = wanted != null ? wanted : isTerminal();
    if (!show) {
      return new IngestProgress(null);
    }
    long total = sources.stream().mapToLong(IngestProgress::size).sum();
    return new IngestProgress(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(Math.max(total, 1))
            .setUnit(" MB", 1L << 20)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .build());
  }

  /** A bar for {@code task} over {@code total} documents, shown when stderr is a terminal. */
  public static IngestProgress documents(String task, long total) {
    return items(task, total, "docs", null);
  }

  /**
   * A bar for {@code task} over {@code total} items counted in {@code unit} ({@code docs}, {@code
   * claims}) with their rate in {@code unit}/s: shown when {@code wanted}, or by default when
   * stderr is a terminal.
   */
  public static IngestProgress items(
      String task, long total, String unit, @Nullable Boolean wanted) {
    boolean terminal = isTerminal();
    if (!(wanted != null ? wanted : terminal)) {
      return new IngestProgress(null, unit);
    }
    ProgressBarBuilder bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(Math.max(total, 1))
            .setUnit(" " + unit, 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250);
    if (!terminal) { // a pipe has no width (the bar would render empty): give one
      bar.setConsumer(new ConsoleProgressBarConsumer(System.err, PIPED_WIDTH));
    }
    return new IngestProgress(bar.build(), unit);
  }

  /** Steps a {@link #documents} bar. */
  public void step(long documents) {
    update(documents, documents);
  }

  /** Steps a bar to {@code bytes} read and {@code documents} done. */
  public void update(long bytes, long documents) {
    if (bar != null && !closed) {
      bar.stepTo(bytes);
      double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
      bar.setExtraMessage(
          String.format(
              java.util.Locale.ROOT,
              "%d %s, %.1f %s/s",
              documents,
              unit,
              documents / seconds,
              unit));
    }
  }

  /** Ends the bar's line; printing after this never tangles with it. */
  @Override
  public void close() {
    if (bar != null && !closed) {
      bar.close();
    }
    closed = true;
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
