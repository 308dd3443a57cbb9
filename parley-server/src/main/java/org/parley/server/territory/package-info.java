/**
 * Territory: the bundled region boundaries, Russian-controlled share per region on a date (from the
 * control maps given with {@code --map}, else from the ledger's control claims), and the ledger's
 * control claims checked against those maps.
 */
@NullMarked
package org.parley.server.territory;

import org.jspecify.annotations.NullMarked;
