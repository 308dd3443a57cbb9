package org.parley.ledger.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.ledger.LedgerLocation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens a small connection pool for a ledger location. SQLite connections use WAL mode (readers
 * never block the writer), {@code synchronous=NORMAL} (a committed transaction survives a killed
 * process; the last few may be lost on power failure), a busy timeout so a second process waits
 * instead of failing, and {@code IMMEDIATE} transactions so the writer lock is taken up front.
 */
final class ConnectionPools {
  private static final int POOL_SIZE = 4;

  private ConnectionPools() {}

  static HikariDataSource open(LedgerLocation location) {
    HikariConfig config =
        switch (location) {
          case LedgerLocation.Sqlite s -> sqlite(s.file());
          case LedgerLocation.Postgres p -> postgres(p);
        };
    config.setPoolName("parley-ledger");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(30_000);
    return new HikariDataSource(config);
  }

  static Dialect dialect(LedgerLocation location) {
    return switch (location) {
      case LedgerLocation.Sqlite s -> Dialect.SQLITE;
      case LedgerLocation.Postgres p -> Dialect.POSTGRESQL;
    };
  }

  private static HikariConfig sqlite(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the ledger's folder " + file.getParent(), e);
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setBusyTimeout(120_000);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    sqlite.setCacheSize(-65_536);
    sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl("jdbc:sqlite:" + file);
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    return config;
  }

  private static HikariConfig postgres(LedgerLocation.Postgres p) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(p.jdbcUrl());
    if (p.user() != null) {
      config.setUsername(p.user());
    }
    if (p.password() != null) {
      config.setPassword(p.password());
    }
    if (p.schema() != null) {
      config.addDataSourceProperty("currentSchema", p.schema());
    }
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    return config;
  }
}
