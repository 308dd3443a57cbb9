/**
 * The claims resource: {@code /api/v1/claims} with the command line's filters and cursor
 * pagination, one claim by its entry id, and the ledger export in JSONL, CSV or GeoJSON.
 */
@NullMarked
package org.parley.server.claims;

import org.jspecify.annotations.NullMarked;
