package org.parley.ledger;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The kill test on the PostgreSQL server named by {@code PARLEY_PG_URL}. */
class PostgresKillRecoveryIT extends KillRecoveryContract {
  @RegisterExtension final LedgerDatabase db = LedgerDatabase.postgres();

  @Override
  LedgerDatabase db() {
    return db;
  }

  @Override
  String locationArgument() {
    return System.getenv(LedgerDatabase.PG_URL);
  }

  @Override
  String schemaArgument() {
    return ((LedgerLocation.Postgres) db.location()).schema();
  }
}
