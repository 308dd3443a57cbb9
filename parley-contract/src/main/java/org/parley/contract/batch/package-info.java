/**
 * Extraction batches: the folder a distributed extraction writes (documents and their claims as
 * JSONL in reading order, duplicates, diagnostics, Parquet copies and a summary), with its layout
 * and a streaming reader, so that a ledger can load a batch written on another machine.
 */
@NullMarked
package org.parley.contract.batch;

import org.jspecify.annotations.NullMarked;
