package org.parley.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats Parley reads; the names are those of the {@code --format} flag. */
public enum SourceFormat {
  /** The founding article's format: a {@code date YYYY-MM-DD <teaser>} line, a blank, prose. */
  SEED,
  /** Plain UTF-8 prose with no metadata. */
  TEXT,
  /** A saved web page. */
  HTML,
  /** One JSON object per line, fields per {@link FieldMapping}. */
  JSONL,
  /** A CSV file with a header row, columns per {@link FieldMapping}. */
  CSV,
  /** An RSS (or RDF) feed. */
  RSS,
  /** An Atom feed. */
  ATOM,
  /** A web archive (WARC), plain or gzipped per record. */
  WARC;

  /** The format named {@code name} (case-insensitive); fails naming the choices. */
  public static SourceFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '%s': use one of %s".formatted(name, choices()), e);
    }
  }

  /** The flag names, e.g. {@code seed|text|html|...}. */
  public static String choices() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("|"));
  }
}
