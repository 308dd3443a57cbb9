package org.parley.cli.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.parley.ledger.LedgerLocation;

/**
 * Counts the documents a ledger has recorded, read straight from its database while another process
 * may be writing it (SQLite in WAL mode lets a reader in), so a fault test can strike while an
 * ingest is part-way.
 */
final class LedgerRows {
  private LedgerRows() {}

  /** Recorded extractions in the ledger {@code db} (a --db value); 0 before it is migrated. */
  static long extractions(String db) {
    LedgerLocation where = LedgerLocation.parse(db);
    String table = "extraction";
    String url;
    String user = null;
    String password = null;
    switch (where) {
      case LedgerLocation.Sqlite s -> {
        if (!java.nio.file.Files.exists(s.file())) {
          return 0; // connecting would create the file
        }
        url = "jdbc:sqlite:" + s.file();
      }
      case LedgerLocation.Postgres p -> {
        url = p.jdbcUrl();
        user = p.user();
        password = p.password();
        table = p.schema() == null ? table : p.schema() + "." + table;
      }
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException notYet) {
      return 0; // no file, no schema or no table yet: the ingest has not migrated it
    }
  }
}
