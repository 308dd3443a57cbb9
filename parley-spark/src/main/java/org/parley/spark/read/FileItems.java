package org.parley.spark.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.ingest.Admission;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.source.Readers;
import org.parley.ingest.source.SkipReason;
import org.parley.ingest.source.SourceCursor;
import org.parley.ingest.source.SourceInput;
import org.parley.ingest.source.SourceItem;
import org.parley.spark.input.HadoopFiles;
import org.parley.spark.input.Listed;

/**
 * The items of a task's listed entries, read lazily one record at a time with Parley's readers (one
 * input open at a time, one record in memory), each with its admission facts. A file that cannot be
 * opened, or a record a reader cannot use, is a failed item: never an exception. Not thread-safe;
 * close it to release the open input.
 */
final class FileItems implements Iterator<ItemRow>, AutoCloseable {
  private final Iterator<Listed> entries;
  private final HadoopFiles files;
  private final IngestOptions options;
  private final Admission admission;
  private final DocumentJson json = new DocumentJson();
  private @Nullable SourceCursor cursor;
  private @Nullable Listed current;
  private long item;
  private @Nullable ItemRow next;

  FileItems(Iterator<Listed> entries, HadoopFiles files, IngestOptions options) {
    this.entries = entries;
    this.files = files;
    this.options = options;
    this.admission = new Admission(options);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (cursor != null && cursor.hasNext()) {
        next = row(cursor.next());
      } else if (entries.hasNext()) {
        close();
        open(entries.next());
      } else {
        close();
        return false;
      }
    }
    return true;
  }

  @Override
  public ItemRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items");
    }
    ItemRow row = next;
    next = null;
    return row;
  }

  private void open(Listed entry) {
    current = entry;
    item = 0;
    cursor =
        switch (entry) {
          case Listed.Failed f -> SourceCursor.failed(f.name(), reason(f.reason()), f.detail());
          case Listed.File f -> {
            try {
              SourceInput input = files.input(f, options.read().limits());
              yield Readers.openOrFailed(
                  input, input, options.format(), options.read(), f.inFolder());
            } catch (IOException e) {
              yield SourceCursor.failed(f.name(), SkipReason.UNREADABLE, e.toString());
            }
          }
        };
  }

  private ItemRow row(SourceItem found) {
    long seq = Seq.of(current.index(), item++);
    return switch (found) {
      case SourceItem.Failed f -> new ItemRow.Failed(seq, f.where(), f.reason().name(), f.detail());
      case SourceItem.Parsed p ->
          new ItemRow.Parsed(
              seq,
              p.where(),
              p.document().id().value(),
              json.write(new DocumentLine(p.document(), p.where(), 0)),
              p.notes().stream().map(NoteRow::of).toList(),
              FactsRow.of(admission.facts(p.document())));
    };
  }

  private static SkipReason reason(String name) {
    return SkipReason.valueOf(name);
  }

  @Override
  public void close() {
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
