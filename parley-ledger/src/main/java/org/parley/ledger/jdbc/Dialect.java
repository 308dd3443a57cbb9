package org.parley.ledger.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The little that differs between the two databases: how an appending transaction takes the
 * ledger's single writer lock. SQLite takes it by opening every transaction as {@code IMMEDIATE}
 * (set on its connections); PostgreSQL by a table lock that conflicts only with itself and writers.
 */
enum Dialect {
  SQLITE(null),
  POSTGRESQL("LOCK TABLE extraction IN SHARE ROW EXCLUSIVE MODE");

  private final @Nullable String writeLock;

  Dialect(@Nullable String writeLock) {
    this.writeLock = writeLock;
  }

  /** The statement that serialises writers, run first in every appending transaction. */
  @Nullable String writeLock() {
    return writeLock;
  }
}
