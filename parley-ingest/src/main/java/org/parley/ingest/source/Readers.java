package org.parley.ingest.source;

/** The reader for each format; the one place a format is tied to its class. */
public final class Readers {
  private Readers() {}

  /** The reader of {@code format}, configured by {@code settings}. */
  public static DocumentReader of(SourceFormat format, ReadSettings settings) {
    return switch (format) {
      case SEED -> new SeedReader(settings);
      case TEXT -> new PlainTextReader(settings);
      case HTML -> new HtmlPageReader(settings);
      case JSONL -> new JsonLinesReader(settings);
      case CSV -> new CsvReader(settings);
      case RSS, ATOM -> new FeedReader(settings);
      case WARC -> new WarcReader(settings);
    };
  }
}
