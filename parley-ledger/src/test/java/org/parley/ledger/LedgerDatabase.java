package org.parley.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a real, empty ledger database (JDBI's database-extension pattern): a SQLite file
 * in a fresh temporary folder, or a fresh schema in the PostgreSQL server named by {@code
 * PARLEY_PG_URL} (dropped after the test). Without a reachable server PostgreSQL tests are skipped
 * with a message, unless {@code PARLEY_REQUIRE_PG=1}, which makes them fail.
 */
public final class LedgerDatabase implements BeforeEachCallback, AfterEachCallback {
  /** The environment variable naming the test server. */
  public static final String PG_URL = "PARLEY_PG_URL";

  private final boolean postgres;
  private @Nullable Path folder;
  private @Nullable LedgerLocation location;

  private LedgerDatabase(boolean postgres) {
    this.postgres = postgres;
  }

  public static LedgerDatabase sqlite() {
    return new LedgerDatabase(false);
  }

  public static LedgerDatabase postgres() {
    return new LedgerDatabase(true);
  }

  /** The current test's database. */
  public LedgerLocation location() {
    if (location == null) {
      throw new IllegalStateException("no database outside a test");
    }
    return location;
  }

  /** A folder of the current test for other files (the search index, exports). */
  public Path folder() {
    if (folder == null) {
      throw new IllegalStateException("no folder outside a test");
    }
    return folder;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    folder = Files.createTempDirectory("parley-ledger-test");
    if (!postgres) {
      location = new LedgerLocation.Sqlite(folder.resolve("ledger.db"));
      return;
    }
    LedgerLocation.Postgres server = requireServer();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    location = server.inSchema(schema);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException, SQLException {
    if (location instanceof LedgerLocation.Postgres p && p.schema() != null) {
      try (Connection c = connect(p);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + p.schema() + " CASCADE");
      }
    }
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(LedgerDatabase::delete);
      }
    }
    location = null;
    folder = null;
  }

  /** The configured server, reachable; skips (or, if required, fails) the test otherwise. */
  public static LedgerLocation.Postgres requireServer() {
    String url = System.getenv(PG_URL);
    boolean required = "1".equals(System.getenv("PARLEY_REQUIRE_PG"));
    if (url == null || url.isBlank()) {
      unavailable(required, PG_URL + " is not set (.ci/start-postgres starts a server)");
    }
    LedgerLocation.Postgres server = (LedgerLocation.Postgres) LedgerLocation.parse(url);
    try (Connection c = connect(server)) {
      c.isValid(5);
    } catch (SQLException e) {
      unavailable(
          required, "cannot reach PostgreSQL at " + server.describe() + ": " + e.getMessage());
    }
    return server;
  }

  private static void unavailable(boolean required, String why) {
    if (required) {
      Assertions.fail("PARLEY_REQUIRE_PG=1 but " + why);
    }
    Assumptions.abort("skipped: PostgreSQL ledger test: " + why);
  }

  private static Connection connect(LedgerLocation.Postgres p) throws SQLException {
    return DriverManager.getConnection(p.jdbcUrl(), p.user(), p.password());
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
