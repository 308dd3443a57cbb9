package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.jdbc.JdbiClaimLedger;

/**
 * One real server for all the server's integration tests: a SQLite ledger in a temporary folder,
 * filled through {@code POST /api/v1/ingest} with the sample corpus (articles the Parley developers
 * wrote, {@code samples/articles}), and two synthetic control maps of our own (a block of the east
 * on 1 August 2025, a wider one on 15 August) measured on the bundled oblast boundaries. Started on
 * first use, stopped when the JVM exits.
 */
final class ServerFixture {
  /** The write token the fixture's server takes. */
  static final String TOKEN = "test-token-0123456789abcdef";

  private static ServerFixture instance;

  final Path dir;
  final ClaimLedger ledger;
  final ApiServer server;
  final ApiClient client;
  final String base;
  final ByteLog log = new ByteLog();

  /** The instant the ledger stood at once the sample corpus was in. */
  final Instant afterSamples;

  private ServerFixture() throws IOException {
    dir = Files.createTempDirectory("parley-server-it");
    ledger = JdbiClaimLedger.open(new LedgerLocation.Sqlite(dir.resolve("ledger.db")));
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    Path maps = maps(dir.resolve("maps"));
    ServerSettings settings =
        ServerSettings.readOnly(ledger, kb, dir.resolve("search"), log.stream())
            .withMaps(
                new MeasuredMaps(MapCatalog.of(maps, null), new BoundaryLoader(kb).loadBundled()),
                7)
            .withToken(TOKEN)
            .withMaxBodyBytes(1 << 20);
    server = ApiServer.start(settings, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
    client = new ApiClient(base);
    ingestSamples();
    afterSamples = ledger.latest().asOf();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
  }

  static synchronized ServerFixture get() {
    if (instance == null) {
      try {
        instance = new ServerFixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  private void stop() {
    server.close();
    ledger.close();
  }

  private void ingestSamples() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "samples", "articles"))) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String stem = name.substring(0, name.lastIndexOf('.'));
      String type =
          name.endsWith(".jsonl")
              ? "application/x-ndjson"
              : name.endsWith(".html") ? "text/html" : "text/plain";
      ApiClient.Reply r =
          client.post(
              "/api/v1/ingest?id=" + stem,
              type + "; charset=utf-8",
              Files.readString(f, StandardCharsets.UTF_8),
              TOKEN);
      assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(200);
    }
  }

  /** Two DeepState-style maps: Russia holds a block of the east, wider on the later day. */
  static Path maps(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("deepstatemap_data_20250801.geojson"), map(37.6, 46.8, 40.3, 49.4));
    Files.writeString(
        folder.resolve("deepstatemap_data_20250815.geojson"), map(35.0, 46.3, 40.3, 50.0));
    return folder;
  }

  private static String map(double west, double south, double east, double north) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],"
            + "[%s,%s]]]}}]}",
        west,
        south,
        east,
        south,
        east,
        north,
        west,
        north,
        west,
        south);
  }

  /** The request log, kept in memory so tests can read it. */
  static final class ByteLog {
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    PrintStream stream() {
      return stream;
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
