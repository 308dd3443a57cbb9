package org.parley.ingest.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.text.InvalidEncoding;

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

  /**
   * A cursor over one input: its format is {@code forced}, or told from {@code probe}'s name and
   * first bytes; {@code counted} is what the reader reads (the same input, perhaps counting bytes).
   * An input whose format cannot be told is one failed item: {@link SkipReason#NOT_AN_ARTICLE}
   * inside a folder (a folder may hold other files), {@link SkipReason#UNKNOWN_FORMAT} when named
   * on its own. Throws when the input cannot be opened.
   */
  public static SourceCursor open(
      SourceInput probe,
      SourceInput counted,
      @Nullable SourceFormat forced,
      ReadSettings settings,
      boolean inFolder)
      throws IOException {
    SourceFormat format =
        forced != null
            ? forced
            : FormatDetector.detect(probe.formatName(), probe.head(FormatDetector.HEAD_BYTES))
                .orElse(null);
    if (format == null) {
      return inFolder
          ? SourceCursor.failed(
              probe.name(), SkipReason.NOT_AN_ARTICLE, "not a format Parley reads")
          : SourceCursor.failed(
              probe.name(),
              SkipReason.UNKNOWN_FORMAT,
              "cannot tell the format from the name or content; give --format "
                  + SourceFormat.choices());
    }
    return of(format, settings).read(counted);
  }

  /**
   * {@link #open} that never throws: an input that cannot be opened is one failed item, {@link
   * SkipReason#TOO_LARGE} past a size limit, {@link SkipReason#UNREADABLE} for an I/O error, {@link
   * SkipReason#MALFORMED_RECORD} when a parser fails on its first bytes.
   */
  public static SourceCursor openOrFailed(
      SourceInput probe,
      SourceInput counted,
      @Nullable SourceFormat forced,
      ReadSettings settings,
      boolean inFolder) {
    try {
      return open(probe, counted, forced, settings, inFolder);
    } catch (InputTooLarge e) {
      return SourceCursor.failed(probe.name(), SkipReason.TOO_LARGE, e.getMessage());
    } catch (InvalidEncoding e) {
      return SourceCursor.failed(probe.name(), SkipReason.INVALID_UTF8, e.getMessage());
    } catch (IOException e) {
      return SourceCursor.failed(probe.name(), SkipReason.UNREADABLE, describe(e));
    } catch (RuntimeException e) {
      return SourceCursor.failed(
          probe.name(), SkipReason.MALFORMED_RECORD, "could not be read: " + e);
    }
  }

  /** An I/O failure in words a user can act on. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
