package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.source.SourceCursor;
import org.parley.ingest.source.SourceWalk;

/**
 * One reading of a list of sources: a lazy iterator of {@link IngestEvent}s in source order, which
 * holds at most one input open and one record in memory. Use it in try-with-resources, as an
 * iterator or through {@link #stream()}; {@link #summary()} counts the events returned so far. Not
 * thread-safe.
 */
public final class IngestRun implements Iterator<IngestEvent>, AutoCloseable {
  private final SourceWalk walk;
  private final Admission admission;
  private final LongAdder bytesRead;
  private final Tally tally = new Tally();
  private @Nullable SourceCursor cursor;
  private @Nullable IngestEvent next;

  IngestRun(SourceWalk walk, Admission admission, LongAdder bytesRead) {
    this.walk = walk;
    this.admission = admission;
    this.bytesRead = bytesRead;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (cursor != null && cursor.hasNext()) {
        next = admission.admit(cursor.next());
      } else if (walk.hasNext()) {
        closeCursor();
        cursor = walk.next();
      } else {
        closeCursor();
        return false;
      }
    }
    return true;
  }

  @Override
  public IngestEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the run has no more events");
    }
    IngestEvent event = next;
    next = null;
    tally.count(event);
    return event;
  }

  /** The remaining events as a sequential stream; closing the stream closes the run. */
  public Stream<IngestEvent> stream() {
    Spliterator<IngestEvent> split =
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(this::close);
  }

  /** Counts of the events returned so far; the final summary once the run is exhausted. */
  public IngestSummary summary() {
    return tally.snapshot();
  }

  /** Bytes of input read so far (compressed bytes for gzip), for progress. */
  public long bytesRead() {
    return bytesRead.sum();
  }

  @Override
  public void close() {
    closeCursor();
    walk.close();
  }

  private void closeCursor() {
    if (cursor != null) {
      try {
        cursor.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        cursor = null;
      }
    }
  }
}
