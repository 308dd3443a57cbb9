package org.parley.ledger;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a ledger lives: a SQLite file, or a PostgreSQL database (optionally one schema of it, named
 * by a {@code currentSchema} URL parameter). See {@link #parse(String)} for the spellings the
 * command line accepts and {@link #defaultLocation(Map)} for where the ledger lives when none is
 * given.
 */
public sealed interface LedgerLocation {
  /** The file name of the default SQLite ledger. */
  String DEFAULT_FILE = "ledger.db";

  /** A short description for messages, without a password. */
  String describe();

  /** A SQLite database file (created, with its folder, on first use). */
  record Sqlite(Path file) implements LedgerLocation {
    public Sqlite {
      file = file.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
      return "sqlite:" + file;
    }
  }

  /**
   * A PostgreSQL database: a {@code jdbc:postgresql:} URL without credentials, the user and
   * password, and the schema to use ({@code null}: the user's default, normally {@code public}).
   */
  record Postgres(
      String jdbcUrl, @Nullable String user, @Nullable String password, @Nullable String schema)
      implements LedgerLocation {
    public Postgres {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("not a jdbc:postgresql: URL: " + jdbcUrl);
      }
      if (schema != null && !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
        throw new IllegalArgumentException("not a plain lower-case schema name: " + schema);
      }
    }

    /** The same database, in schema {@code name}. */
    public Postgres inSchema(String name) {
      return new Postgres(jdbcUrl, user, password, name);
    }

    @Override
    public String describe() {
      return Redaction.redact(jdbcUrl.substring("jdbc:".length()))
          + (schema == null ? "" : " (schema " + schema + ")");
    }
  }

  /**
   * Reads a location: {@code postgresql://user:pass@host:port/db}, {@code
   * jdbc:postgresql://host:port/db?user=…}, {@code jdbc:sqlite:FILE}, or a plain file path.
   */
  static LedgerLocation parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty ledger location");
    }
    if (t.startsWith("postgresql://") || t.startsWith("postgres://")) {
      return postgres(t);
    }
    if (t.startsWith("jdbc:postgresql:")) {
      return new Postgres(t, null, null, schemaParameter(t));
    }
    if (t.startsWith("jdbc:sqlite:")) {
      return new Sqlite(Path.of(t.substring("jdbc:sqlite:".length())));
    }
    if (t.matches("[a-z][a-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException(
          "unknown ledger location '%s': give a file, postgresql://… or jdbc:postgresql:…"
              .formatted(t));
    }
    return new Sqlite(Path.of(t));
  }

  /**
   * Where the ledger lives when none is given: {@code $PARLEY_DB} if set (any {@link #parse}
   * spelling), else {@code $PARLEY_HOME/ledger.db}, else {@code ~/.parley/ledger.db}.
   */
  static LedgerLocation defaultLocation(Map<String, String> env) {
    String db = env.get("PARLEY_DB");
    if (db != null && !db.isBlank()) {
      return parse(db);
    }
    String home = env.get("PARLEY_HOME");
    Path folder =
        home != null && !home.isBlank()
            ? Path.of(home)
            : Path.of(System.getProperty("user.home"), ".parley");
    return new Sqlite(folder.resolve(DEFAULT_FILE));
  }

  private static Postgres postgres(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a postgresql:// URL: " + e.getMessage(), e);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("postgresql URL without a host: " + text);
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new Postgres(
        "jdbc:postgresql://" + uri.getHost() + port + path + query,
        user,
        password,
        schemaParameter(query));
  }

  /** The {@code currentSchema} parameter of a URL's query, if it names a plain schema. */
  private static @Nullable String schemaParameter(String url) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[?&]currentSchema=([a-z_][a-z0-9_]{0,62})(?:&|$)")
            .matcher(url);
    return m.find() ? m.group(1) : null;
  }
}
