package org.parley.ledger;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Reviews on a SQLite file. */
class SqliteReviewTest extends ReviewContract {
  @RegisterExtension final LedgerDatabase db = LedgerDatabase.sqlite();

  @Override
  LedgerDatabase db() {
    return db;
  }
}
