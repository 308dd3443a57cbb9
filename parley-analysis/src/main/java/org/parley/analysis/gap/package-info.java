/**
 * The gap between two parties: their current positions side by side, issue by issue, each row
 * judged compatible (both want the same thing: one offers what the other demands, or both demand
 * it), conflicting (one wants what the other refuses), one-sided (only one party holds a position)
 * or unaddressed (neither does), citing the claims behind each cell.
 */
@NullMarked
package org.parley.analysis.gap;

import org.jspecify.annotations.NullMarked;
