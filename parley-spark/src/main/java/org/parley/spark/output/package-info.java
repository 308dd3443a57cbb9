/**
 * The job's output: an extraction batch ({@code org.parley.contract.batch.BatchLayout}) of JSONL in
 * reading order, Parquet partitioned by reported month, and the summary, written last.
 */
@NullMarked
package org.parley.spark.output;

import org.jspecify.annotations.NullMarked;
