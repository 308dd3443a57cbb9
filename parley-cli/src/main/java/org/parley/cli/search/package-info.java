/** {@code parley search}: full-text search over the ledger's documents and claim evidence. */
@NullMarked
package org.parley.cli.search;

import org.jspecify.annotations.NullMarked;
