/**
 * {@code parley import}: records parley.claim/1 JSONL files (an export, a gold file) in the ledger.
 */
@NullMarked
package org.parley.cli.imports;

import org.jspecify.annotations.NullMarked;
