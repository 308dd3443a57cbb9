/**
 * How a party's positions changed over time: consecutive stances of one issue thread compared by
 * {@link org.parley.analysis.shift.ShiftRules} (widened, narrowed, redrawn, hardened, softened,
 * reversed), plus issues that appear (new) and issues the party stopped restating (dropped), each
 * with the claims on both sides of the change.
 */
@NullMarked
package org.parley.analysis.shift;

import org.jspecify.annotations.NullMarked;
