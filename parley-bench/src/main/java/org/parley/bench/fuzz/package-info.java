/**
 * The fuzzing tier: seeded, bounded mutation of Parley's own sample inputs in every format (bit
 * flips, truncations, splices, repeated blocks, hostile bytes), each mutant read and extracted
 * in-process, with the property that every input ends as documents or diagnostics, within its time
 * budget and a fixed heap bound. The build runs a short campaign as a test; {@code ./bench fuzz}
 * runs longer ones.
 */
@NullMarked
package org.parley.bench.fuzz;

import org.jspecify.annotations.NullMarked;
