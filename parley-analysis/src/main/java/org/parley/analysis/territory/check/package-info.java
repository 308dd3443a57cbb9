/**
 * Control claims checked against maps: for each claim, the map of its date ({@link
 * org.parley.analysis.territory.check.ClaimWindow}), the area its holder holds there, and a verdict
 * under written tolerance rules ({@link org.parley.analysis.territory.check.ToleranceRules}):
 * consistent, inconsistent, no map for that date, or not checkable (with the reason).
 */
@NullMarked
package org.parley.analysis.territory.check;

import org.jspecify.annotations.NullMarked;
