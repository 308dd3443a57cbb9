/**
 * The JDBI implementation of the ledger, one code path for SQLite and PostgreSQL: {@link
 * org.parley.ledger.jdbc.JdbiClaimLedger} opens a pooled store and migrates its schema, {@code
 * AppendTransaction} records one document per transaction under a writer lock, and {@code ClaimSql}
 * turns a claim query into one indexed, as-of-filtered statement. JDBI types do not leave this
 * package.
 */
@NullMarked
package org.parley.ledger.jdbc;

import org.jspecify.annotations.NullMarked;
