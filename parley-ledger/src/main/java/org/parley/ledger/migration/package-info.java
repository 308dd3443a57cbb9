/**
 * The ledger's schema, managed by Flyway: {@code common/V1__ledger.sql} is the one schema both
 * databases share; the {@code sqlite/} and {@code postgresql/} folders hold only the triggers that
 * make every table append-only, which the two databases spell differently. {@link
 * org.parley.ledger.migration.SchemaMigration} brings a database up to date; Flyway types do not
 * leave this package.
 */
@NullMarked
package org.parley.ledger.migration;

import org.jspecify.annotations.NullMarked;
