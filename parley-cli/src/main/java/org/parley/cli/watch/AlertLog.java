package org.parley.cli.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.parley.analysis.alert.Alert;

/** The --alert-log file: every alert appended as one JSON line. */
final class AlertLog {
  private AlertLog() {}

  static void append(Path alertLog, List<Alert> found) {
    StringBuilder lines = new StringBuilder();
    found.forEach(a -> lines.append(a.json()).append('\n'));
    try {
      Files.writeString(
          alertLog,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to --alert-log " + alertLog, e);
    }
  }
}
