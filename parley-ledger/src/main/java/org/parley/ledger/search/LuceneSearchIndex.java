package org.parley.ledger.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.LedgerSnapshot;

/**
 * The Lucene index of a ledger, kept in a folder of its own. Opening it catches up with everything
 * the ledger recorded since the index's last commit, and registers it to index each later append
 * after it commits; {@link #rebuild()} recreates it from the ledger. When another process holds the
 * index's write lock, it opens read-only on the last commit ({@link #isReadOnly()}). Thread-safe.
 */
public final class LuceneSearchIndex implements AutoCloseable {
  private static final String WATERMARK = "parley.recorded_us";
  private static final long COMMIT_EVERY_MILLIS = 10_000;

  /**
   * Lucene warns (java.util.logging, to stderr) that the JDK's vector module is not enabled; the
   * command line is no place for that. Held here because loggers are only weakly referenced.
   */
  private static final java.util.logging.Logger VECTOR_LOG = quiet();

  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final ClaimLedger ledger;
  private final Analyzer analyzer;
  private Instant watermark;
  private long lastCommit = System.currentTimeMillis();
  private boolean closed;

  private LuceneSearchIndex(
      Directory directory, @Nullable IndexWriter writer, ClaimLedger ledger, Analyzer analyzer) {
    this.directory = directory;
    this.writer = writer;
    this.ledger = ledger;
    this.analyzer = analyzer;
    this.watermark = readWatermark();
  }

  /**
   * Opens (creating if needed) the index in {@code folder} for {@code ledger} and brings it up to
   * date.
   *
   * @throws UncheckedIOException if the folder cannot be used
   */
  public static LuceneSearchIndex open(Path folder, ClaimLedger ledger) {
    Analyzer analyzer = new EnglishAnalyzer();
    try {
      Directory directory = FSDirectory.open(folder);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      } catch (LockObtainFailedException e) {
        writer = null;
      }
      LuceneSearchIndex index = new LuceneSearchIndex(directory, writer, ledger, analyzer);
      if (writer != null) {
        index.catchUp();
        ledger.onAppended(r -> index.catchUp());
      }
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + folder, e);
    }
  }

  /**
   * Where a ledger's index lives by default: beside a SQLite file ({@code ledger.db} → {@code
   * ledger-search/}); for PostgreSQL, {@code $PARLEY_HOME/search/<database>} (or under {@code
   * ~/.parley}).
   */
  public static Path defaultFolder(LedgerLocation location, Map<String, String> env) {
    return switch (location) {
      case LedgerLocation.Sqlite s -> {
        String name = s.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        yield s.file().resolveSibling(name + "-search");
      }
      case LedgerLocation.Postgres p -> {
        String home = env.get("PARLEY_HOME");
        Path base =
            home != null && !home.isBlank()
                ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".parley");
        yield base.resolve("search").resolve(p.describe().replaceAll("[^A-Za-z0-9._-]+", "_"));
      }
    };
  }

  /** Whether another process holds the index, so that this one only reads its last commit. */
  public boolean isReadOnly() {
    return writer == null;
  }

  /** Indexes everything the ledger recorded after the watermark. */
  public synchronized void catchUp() {
    if (closed) {
      return;
    }
    IndexWriter w = requireWriter();
    LedgerSnapshot s = ledger.latest();
    if (!s.asOf().isAfter(watermark)) {
      return;
    }
    s.forEachDocumentVersion(watermark, v -> add(w, IndexFields.of(v, micros(v.recordedAt()))));
    s.forEachClaim(
        ClaimQuery.all().withRecordedAfter(watermark).withSuperseded(true),
        e -> add(w, IndexFields.of(e, micros(e.recordedAt()))));
    watermark = s.asOf();
    if (System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MILLIS) {
      commit();
    }
  }

  /** Empties the index and indexes the whole ledger again. */
  public synchronized void rebuild() {
    IndexWriter w = requireWriter();
    try {
      w.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty the search index", e);
    }
    watermark = Instant.EPOCH;
    catchUp();
    commit();
  }

  /**
   * The best hits for {@code query} (Lucene syntax; terms must all match) among what {@code
   * snapshot} holds, at most {@code limit}.
   *
   * @throws IllegalArgumentException if the query cannot be parsed
   */
  public List<SearchHit> search(String query, LedgerSnapshot snapshot, int limit) {
    try (DirectoryReader reader = openReader()) {
      if (reader == null) {
        return List.of();
      }
      return new IndexSearch(reader, analyzer)
          .search(query, snapshot, limit, micros(snapshot.asOf()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (writer != null) {
        commit();
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index", e);
    }
  }

  private @Nullable DirectoryReader openReader() throws IOException {
    if (writer != null) {
      return DirectoryReader.open(writer);
    }
    return DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
  }

  private synchronized void commit() {
    IndexWriter w = requireWriter();
    Map<String, String> data = new HashMap<>();
    data.put(WATERMARK, Long.toString(micros(watermark)));
    w.setLiveCommitData(data.entrySet());
    try {
      w.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
    lastCommit = System.currentTimeMillis();
  }

  private Instant readWatermark() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return Instant.EPOCH;
      }
      List<org.apache.lucene.index.IndexCommit> commits =
          new ArrayList<>(DirectoryReader.listCommits(directory));
      String value = commits.get(commits.size() - 1).getUserData().get(WATERMARK);
      return value == null ? Instant.EPOCH : fromMicros(Long.parseLong(value));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index's watermark", e);
    }
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException(
          "the search index is open read-only (another process holds it)");
    }
    return writer;
  }

  private static void add(IndexWriter w, org.apache.lucene.document.Document d) {
    try {
      w.addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add to the search index", e);
    }
  }

  private static java.util.logging.Logger quiet() {
    var log = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
  }

  private static Instant fromMicros(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
