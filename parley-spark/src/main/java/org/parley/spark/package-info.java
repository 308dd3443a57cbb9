/**
 * Parley on Apache Spark: the extraction job ({@link org.parley.spark.ExtractJob}) and its command
 * ({@code parley spark extract}). An adapter: it partitions the input and calls Parley's readers,
 * admission and extractor; no Spark type leaves this module, and nothing depends on it.
 */
@NullMarked
package org.parley.spark;

import org.jspecify.annotations.NullMarked;
