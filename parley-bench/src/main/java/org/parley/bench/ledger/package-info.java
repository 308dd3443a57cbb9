/**
 * The ledger benchmark: appends synthetic documents with claims through the real append path into
 * SQLite or PostgreSQL (documents/s, claims/s), then measures the latency (p50, p99) of the common
 * claim queries on the ledger it built, by default 1,000,000 claims.
 */
@NullMarked
package org.parley.bench.ledger;

import org.jspecify.annotations.NullMarked;
