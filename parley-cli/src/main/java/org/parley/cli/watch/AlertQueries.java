package org.parley.cli.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.alert.AlertQuery;

/**
 * The saved queries a watch alerts on: its {@code --alert} options, then an {@code --alerts} file.
 */
final class AlertQueries {
  private AlertQueries() {}

  /** The queries of {@code alerts} (named "alert 1", …) and of {@code file}'s lines, if given. */
  static List<AlertQuery> of(List<String> alerts, @Nullable Path file) {
    List<AlertQuery> out = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      out.add(AlertQuery.parse("alert " + (i + 1), alerts.get(i)));
    }
    if (file != null) {
      try {
        out.addAll(
            AlertQuery.parseFile(
                Files.readAllLines(file, StandardCharsets.UTF_8), file.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read --alerts " + file, e);
      }
    }
    return out;
  }
}
