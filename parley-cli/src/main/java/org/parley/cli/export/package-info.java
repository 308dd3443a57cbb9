/** {@code parley export}: writes the ledger's claims as JSONL, CSV or GeoJSON. */
@NullMarked
package org.parley.cli.export;

import org.jspecify.annotations.NullMarked;
