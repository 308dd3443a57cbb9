package org.parley.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.parley.model.Document;

/** Reads a file with a reader and collects what it found, for tests. */
final class Items {
  private Items() {}

  static SourceInput input(Path file) {
    String name = file.toString();
    return new SourceInput(name, SourceInput.stemOf(name), () -> Files.newInputStream(file));
  }

  static List<SourceItem> read(DocumentReader reader, Path file) {
    try (SourceCursor cursor = reader.read(input(file))) {
      List<SourceItem> items = new ArrayList<>();
      cursor.forEachRemaining(items::add);
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Walks {@code sources} as a run would and collects every item, in order. */
  static List<SourceItem> walk(
      List<Source> sources, @Nullable SourceFormat forced, ReadSettings settings) {
    List<SourceItem> out = new ArrayList<>();
    try (SourceWalk walk = new SourceWalk(sources, forced, settings, new LongAdder())) {
      while (walk.hasNext()) {
        try (SourceCursor cursor = walk.next()) {
          cursor.forEachRemaining(out::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Document> documents(List<SourceItem> items) {
    return items.stream()
        .filter(SourceItem.Parsed.class::isInstance)
        .map(i -> ((SourceItem.Parsed) i).document())
        .toList();
  }

  static List<SourceItem.Failed> failures(List<SourceItem> items) {
    return items.stream()
        .filter(SourceItem.Failed.class::isInstance)
        .map(SourceItem.Failed.class::cast)
        .toList();
  }

  static SourceItem.Parsed onlyParsed(List<SourceItem> items) {
    if (items.size() != 1 || !(items.getFirst() instanceof SourceItem.Parsed p)) {
      throw new AssertionError("expected one document, got " + items);
    }
    return p;
  }

  static SourceItem.Failed onlyFailed(List<SourceItem> items) {
    if (items.size() != 1 || !(items.getFirst() instanceof SourceItem.Failed f)) {
      throw new AssertionError("expected one failure, got " + items);
    }
    return f;
  }
}
