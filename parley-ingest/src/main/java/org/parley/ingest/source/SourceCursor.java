package org.parley.ingest.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.text.InvalidEncoding;

/**
 * A lazy, closeable sequence of the items read from one input. Subclasses produce items one at a
 * time in {@link #advance()}; an I/O error (or a parser's unchecked failure) part-way becomes a
 * final {@link SourceItem.Failed} item naming the input, and the cursor ends. An input that ends
 * without any item gives one {@link SkipReason#NO_TEXT} failure, so no input passes in silence. Not
 * thread-safe.
 */
public abstract class SourceCursor implements Iterator<SourceItem>, Closeable {
  private final String where;
  private @Nullable SourceItem next;
  private boolean ended;
  private boolean gaveAny;

  /** A cursor over the input named {@code where}. */
  protected SourceCursor(String where) {
    this.where = where;
  }

  /** A cursor over the given items, already in memory. */
  public static SourceCursor of(String where, SourceItem... items) {
    Iterator<SourceItem> it = List.of(items).iterator();
    return new SourceCursor(where) {
      @Override
      protected @Nullable SourceItem advance() {
        return it.hasNext() ? it.next() : null;
      }
    };
  }

  /**
   * A cursor that holds nothing and says nothing: a folder, whose files are inputs of their own, or
   * one already walked.
   */
  public static SourceCursor nothingFrom(String where) {
    SourceCursor cursor = of(where);
    cursor.gaveAny = true;
    return cursor;
  }

  /** A cursor with the single failure {@code reason}, {@code detail} at {@code where}. */
  public static SourceCursor failed(String where, SkipReason reason, String detail) {
    return of(where, new SourceItem.Failed(where, reason, detail));
  }

  /** The next item, or {@code null} when the input has no more. */
  protected abstract @Nullable SourceItem advance() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      SourceItem item = safeAdvance();
      if (item == null) {
        ended = true;
        // an empty JSONL file, a CSV with only its header, a feed without items: said, not silent
        item =
            gaveAny ? null : new SourceItem.Failed(where, SkipReason.NO_TEXT, "holds no records");
      }
      gaveAny |= item != null;
      next = item;
    }
    return next != null;
  }

  @Override
  public final SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException(where);
    }
    SourceItem item = next;
    next = null;
    return item;
  }

  /** Releases the input; the default holds nothing. */
  @Override
  public void close() throws IOException {}

  private @Nullable SourceItem safeAdvance() {
    try {
      return advance();
    } catch (IOException | UncheckedIOException e) {
      ended = true;
      Throwable cause =
          e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof InputTooLarge) {
        return new SourceItem.Failed(where, SkipReason.TOO_LARGE, cause.getMessage());
      }
      if (cause instanceof InvalidEncoding) {
        return new SourceItem.Failed(where, SkipReason.INVALID_UTF8, cause.getMessage());
      }
      return new SourceItem.Failed(
          where, SkipReason.UNREADABLE, "reading stopped part-way: " + message(e));
    } catch (RuntimeException e) {
      // a library choking on hostile input must not end the run: report it against the input
      ended = true;
      return new SourceItem.Failed(
          where, SkipReason.MALFORMED_RECORD, "reading stopped part-way: " + e);
    }
  }

  private static String message(Exception e) {
    Throwable root = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = root.getMessage();
    return m == null ? root.getClass().getSimpleName() : m;
  }
}
