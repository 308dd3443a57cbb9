/**
 * {@code parley claims}: lists the ledger's claims by party, kind, provision, region, time and
 * source.
 */
@NullMarked
package org.parley.cli.claims;

import org.jspecify.annotations.NullMarked;
