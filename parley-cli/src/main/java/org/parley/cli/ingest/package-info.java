/**
 * {@code parley ingest}: reads sources, extracts claims from each new document and appends them to
 * the ledger, one transaction per document, keeping the search index in step.
 */
@NullMarked
package org.parley.cli.ingest;

import org.jspecify.annotations.NullMarked;
