/**
 * What the ledger commands share: where the ledger is ({@code --db}), which recorded instant to
 * read it as of ({@code --as-of}), the claim filters of {@code parley claims} and {@code parley
 * export}, and the table that shows ledger entries.
 */
@NullMarked
package org.parley.cli.ledger;

import org.jspecify.annotations.NullMarked;
