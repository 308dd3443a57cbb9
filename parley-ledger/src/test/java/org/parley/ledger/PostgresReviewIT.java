package org.parley.ledger;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Reviews on the PostgreSQL server named by {@code PARLEY_PG_URL}. */
class PostgresReviewIT extends ReviewContract {
  @RegisterExtension final LedgerDatabase db = LedgerDatabase.postgres();

  @Override
  LedgerDatabase db() {
    return db;
  }
}
