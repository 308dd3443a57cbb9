/**
 * The job's inputs: paths and globs on any Hadoop file system, listed on the driver in the order
 * {@code parley extract} reads them (arguments in order, folders depth-first with entries sorted by
 * name, hidden entries passed over), and opened on the executors as Parley's readers expect.
 */
@NullMarked
package org.parley.spark.input;

import org.jspecify.annotations.NullMarked;
