/**
 * Flat tables (named, typed columns; one row per record) written as Apache Parquet files with
 * parquet-java and no Hadoop on the class path: plain (uncompressed) pages with dictionary and
 * run-length encodings: standard Parquet that other readers (pyarrow, for one) read.
 */
@NullMarked
package org.parley.parquet;

import org.jspecify.annotations.NullMarked;
