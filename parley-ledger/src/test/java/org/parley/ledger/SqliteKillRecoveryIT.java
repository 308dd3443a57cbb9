package org.parley.ledger;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The kill test on a SQLite file. */
class SqliteKillRecoveryIT extends KillRecoveryContract {
  @RegisterExtension final LedgerDatabase db = LedgerDatabase.sqlite();

  @Override
  LedgerDatabase db() {
    return db;
  }

  @Override
  String locationArgument() {
    return ((LedgerLocation.Sqlite) db.location()).file().toString();
  }

  @Override
  String schemaArgument() {
    return "-";
  }
}
