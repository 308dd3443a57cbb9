package org.parley.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.fetch.FetchOutcome;
import org.parley.ingest.fetch.FetchProblem;
import org.parley.ingest.fetch.HttpFetcher;
import org.parley.ingest.text.InvalidEncoding;

/**
 * Turns the sources a user names into one cursor per input, lazily and in a fixed order: sources in
 * the order given, folders recursively with entries sorted by name (hidden entries, those starting
 * with a dot, are not read). A source that cannot be opened becomes a one-item failed cursor; so
 * does a file whose format cannot be told, except inside a folder, where such a file is passed over
 * as {@link SkipReason#NOT_AN_ARTICLE}. Bytes read by the readers are added to a counter, for
 * progress. URLs are fetched within the fetch limits of the settings. Not thread-safe; close it to
 * release the HTTP client.
 */
public final class SourceWalk implements Iterator<SourceCursor>, AutoCloseable {
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Set<Path> visitedFolders = new HashSet<>();
  private final @Nullable SourceFormat forced;
  private final ReadSettings settings;
  private final LongAdder bytesRead;
  private @Nullable HttpFetcher fetcher;

  /** Walks {@code sources}; {@code forced} overrides format detection when not null. */
  public SourceWalk(
      List<Source> sources,
      @Nullable SourceFormat forced,
      ReadSettings settings,
      LongAdder bytesRead) {
    sources.reversed().forEach(s -> pending.push(new Pending(s, false)));
    this.forced = forced;
    this.settings = settings;
    this.bytesRead = bytesRead;
  }

  private record Pending(Source source, boolean inFolder) {}

  @Override
  public boolean hasNext() {
    return !pending.isEmpty();
  }

  @Override
  public SourceCursor next() {
    if (pending.isEmpty()) {
      throw new NoSuchElementException();
    }
    Pending p = pending.pop();
    return switch (p.source()) {
      case Source.Remote r -> fetched(r);
      case Source.Local l -> local(l.path(), p.inFolder());
    };
  }

  private SourceCursor local(Path path, boolean inFolder) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return folder(path);
      }
      if (!Files.exists(path)) {
        return SourceCursor.failed(name, SkipReason.UNREADABLE, "no such file or folder");
      }
      SourceInput probe =
          new SourceInput(
              name, SourceInput.stemOf(name), () -> Files.newInputStream(path), settings.limits());
      SourceInput counted =
          new SourceInput(
              name, probe.stem(), () -> counting(Files.newInputStream(path)), settings.limits());
      return Readers.openOrFailed(probe, counted, forced, settings, inFolder);
    } catch (IOException e) {
      return SourceCursor.failed(name, SkipReason.UNREADABLE, Readers.describe(e));
    } catch (RuntimeException e) {
      return SourceCursor.failed(name, SkipReason.MALFORMED_RECORD, "could not be read: " + e);
    }
  }

  private SourceCursor folder(Path folder) throws IOException {
    if (!visitedFolders.add(folder.toRealPath())) {
      return SourceCursor.nothingFrom(folder.toString());
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(folder)) {
      children = list.filter(c -> !c.getFileName().toString().startsWith(".")).sorted().toList();
    }
    children.reversed().forEach(c -> pending.push(new Pending(new Source.Local(c), true)));
    if (children.isEmpty()) {
      return SourceCursor.failed(
          folder.toString(), SkipReason.NO_TEXT, "the folder holds no files");
    }
    return SourceCursor.nothingFrom(folder.toString());
  }

  private SourceCursor fetched(Source.Remote r) {
    String name = r.name();
    if (fetcher == null) {
      fetcher = new HttpFetcher(settings.limits().fetch());
    }
    return switch (fetcher.fetch(r.uri())) {
      case FetchOutcome.Fetched f -> {
        bytesRead.add(f.body().length);
        String path = r.uri().getPath() == null ? "" : r.uri().getPath();
        String stem = SourceInput.stemOf(path.isEmpty() ? r.uri().getHost() : path);
        byte[] body = f.body();
        SourceInput input =
            new SourceInput(name, stem, () -> new ByteArrayInputStream(body), settings.limits());
        yield openFetched(input);
      }
      case FetchOutcome.NotModified n ->
          SourceCursor.failed(name, SkipReason.UNREADABLE, "could not fetch: HTTP 304");
      case FetchOutcome.Failed f ->
          SourceCursor.failed(
              name,
              f.problem() == FetchProblem.TOO_LARGE ? SkipReason.TOO_LARGE : SkipReason.UNREADABLE,
              "could not fetch: " + f.detail());
    };
  }

  private SourceCursor openFetched(SourceInput input) {
    try {
      return Readers.open(input, input, forced, settings, false);
    } catch (InputTooLarge e) {
      return SourceCursor.failed(input.name(), SkipReason.TOO_LARGE, e.getMessage());
    } catch (InvalidEncoding e) {
      return SourceCursor.failed(input.name(), SkipReason.INVALID_UTF8, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return SourceCursor.failed(input.name(), SkipReason.UNREADABLE, Readers.describe(e));
    }
  }

  private InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        bytesRead.add(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        bytesRead.add(Math.max(n, 0));
        return n;
      }
    };
  }

  @Override
  public void close() {
    if (fetcher != null) {
      fetcher.close();
    }
  }
}
