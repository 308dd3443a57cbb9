/**
 * The {@code parley.claim/1} contract in code: {@link org.parley.contract.ClaimWriter} turns claims
 * into one JSON object per line with a fixed key order, and {@link org.parley.contract.ClaimReader}
 * turns such lines (Parley's own, or hand-annotated gold files) back into claims, reporting a
 * malformed line as a {@link org.parley.contract.ReadResult.Invalid} that names its source and
 * line.
 */
@NullMarked
package org.parley.contract;

import org.jspecify.annotations.NullMarked;
