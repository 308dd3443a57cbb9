package org.parley.cli.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.parley.ledger.LedgerLocation;

/**
 * The PostgreSQL server named by {@code PARLEY_PG_URL}, for command-line tests: each test gets its
 * own schema through a {@code currentSchema} URL parameter and drops it afterwards. Without the
 * variable the test is skipped with a message, unless {@code PARLEY_REQUIRE_PG=1} (as in CI).
 */
public record PgServer(String host, int port, String database, String user, String password) {
  /** The server, or a skipped (or, in CI, failed) test. */
  public static PgServer require() {
    String url = System.getenv("PARLEY_PG_URL");
    if (url == null || url.isBlank()) {
      if ("1".equals(System.getenv("PARLEY_REQUIRE_PG"))) {
        Assertions.fail("PARLEY_REQUIRE_PG=1 but PARLEY_PG_URL is not set");
      }
      Assumptions.abort("PostgreSQL tests skipped: PARLEY_PG_URL is not set (.ci/start-postgres)");
    }
    java.net.URI uri = java.net.URI.create(url.strip());
    String[] info =
        uri.getUserInfo() == null ? new String[] {"", ""} : uri.getUserInfo().split(":");
    return new PgServer(
        uri.getHost(),
        uri.getPort() < 0 ? 5432 : uri.getPort(),
        uri.getPath().substring(1),
        info[0],
        info.length > 1 ? info[1] : "");
  }

  /** A fresh schema name for one test. */
  public static String newSchema() {
    return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** The {@code --db} URL of {@code schema} in the {@code postgresql://} spelling. */
  public String url(String schema) {
    return "postgresql://%s:%s@%s:%d/%s?currentSchema=%s"
        .formatted(user, password, host, port, database, schema);
  }

  /** The same URL through another host and port (a proxy in front of the server). */
  public String urlVia(int viaPort, String schema) {
    return "postgresql://%s:%s@127.0.0.1:%d/%s?currentSchema=%s"
        .formatted(user, password, viaPort, database, schema);
  }

  /** Drops {@code schema} and everything in it. */
  public void drop(String schema) {
    LedgerLocation.Postgres p = (LedgerLocation.Postgres) LedgerLocation.parse(url(schema));
    try (Connection c = DriverManager.getConnection(p.jdbcUrl(), user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop schema " + schema + ": " + e.getMessage(), e);
    }
  }
}
