/**
 * Corpus-wide duplicate detection with the same verdicts as one machine: documents that share an
 * exact key, or an LSH band key with a similarity at the threshold, are joined into components;
 * each component is decided by Parley's own {@code Admission} in reading order, so the first copy
 * read stays canonical whatever the number of tasks.
 */
@NullMarked
package org.parley.spark.admit;

import org.jspecify.annotations.NullMarked;
