package org.parley.ledger.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.parley.ledger.LedgerLocation;

/**
 * Brings a ledger database's schema up to date with the migrations on the class path; safe to run
 * on every open, and by several processes at once (Flyway takes a lock). Stateless.
 */
public final class SchemaMigration {
  private static final String BASE = "classpath:org/parley/ledger/migration/";

  /**
   * Migrates the database behind {@code dataSource}, which connects to {@code location}; a
   * PostgreSQL location's schema is created if missing.
   *
   * @throws IllegalStateException naming the migration that failed
   */
  public void migrate(DataSource dataSource, LedgerLocation location) {
    String vendor =
        switch (location) {
          case LedgerLocation.Sqlite s -> "sqlite";
          case LedgerLocation.Postgres p -> "postgresql";
        };
    String schema = location instanceof LedgerLocation.Postgres p ? p.schema() : null;
    var config =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(BASE + "common", BASE + vendor)
            .failOnMissingLocations(false)
            .loggers("slf4j");
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    try {
      config.load().migrate();
    } catch (FlywayException e) {
      throw new IllegalStateException("schema migration failed: " + e.getMessage(), e);
    }
  }
}
