package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger contract on a SQLite file, plus what is particular to SQLite. */
class SqliteClaimLedgerTest extends ClaimLedgerContract {
  @RegisterExtension final LedgerDatabase db = LedgerDatabase.sqlite();

  @Override
  LedgerDatabase db() {
    return db;
  }

  @Test
  void theFileIsInWalModeAndRefusesUpdatesAndDeletes() throws SQLException {
    ledger.append(
        LedgerFixture.extraction(
            LedgerFixture.document("a", "2025-08-21", "Some text."), LedgerFixture.V1));
    String url = "jdbc:sqlite:" + ((LedgerLocation.Sqlite) db.location()).file();
    try (Connection c = DriverManager.getConnection(url)) {
      var rs = c.createStatement().executeQuery("PRAGMA journal_mode");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("wal");
      assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE document SET title = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM extraction"))
          .hasMessageContaining("append-only");
    }
  }
}
