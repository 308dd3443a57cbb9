/**
 * The claim ledger: an append-only, bitemporal store of documents and the claims extracted from
 * them. Every entry carries its valid time (when the claim held, from the text) and its recorded
 * time (when the ledger learned it); a re-extraction supersedes an earlier claim set without
 * changing it, and every read goes through a {@link org.parley.ledger.LedgerSnapshot} taken as of a
 * recorded instant, so any past answer can be reproduced exactly. The interfaces live here; the
 * JDBI implementation (SQLite and PostgreSQL) in {@code jdbc}, the Flyway schema in {@code
 * migration}, the Lucene full-text index in {@code search} and the file formats in {@code export}.
 */
@NullMarked
package org.parley.ledger;

import org.jspecify.annotations.NullMarked;
