package org.parley.ingest.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/** What the user names to read: a file or folder, or a URL (a feed, a page). */
public sealed interface Source {
  /** How diagnostics name this source. */
  String name();

  /** A file, or a folder read recursively in sorted order. */
  record Local(Path path) implements Source {
    @Override
    public String name() {
      return path.toString();
    }
  }

  /** An {@code http} or {@code https} URL, fetched once. */
  record Remote(URI uri) implements Source {
    @Override
    public String name() {
      return uri.toString();
    }
  }

  /** A command-line argument: a URL when it starts with {@code http://} or {@code https://}. */
  static Source parse(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new Remote(URI.create(argument));
    }
    return new Local(Path.of(argument));
  }
}
