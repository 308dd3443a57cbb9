package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger contract on the PostgreSQL server named by {@code PARLEY_PG_URL}. */
class PostgresClaimLedgerIT extends ClaimLedgerContract {
  @RegisterExtension final LedgerDatabase db = LedgerDatabase.postgres();

  @Override
  LedgerDatabase db() {
    return db;
  }

  @Test
  void theSchemaRefusesUpdatesDeletesAndTruncation() throws SQLException {
    ledger.append(
        LedgerFixture.extraction(
            LedgerFixture.document("a", "2025-08-21", "Some text."), LedgerFixture.V1));
    LedgerLocation.Postgres p = (LedgerLocation.Postgres) db.location();
    try (Connection c = DriverManager.getConnection(p.jdbcUrl(), p.user(), p.password())) {
      c.createStatement().execute("SET search_path TO " + p.schema());
      assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE document SET title = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM extraction"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> c.createStatement().execute("TRUNCATE extraction"))
          .hasMessageContaining("append-only");
    }
  }
}
