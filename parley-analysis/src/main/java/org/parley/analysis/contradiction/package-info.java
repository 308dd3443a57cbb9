/**
 * Disputes: the same fact reported differently. Control figures for the same holder, regions and
 * period that disagree beyond a tolerance (shares, areas, or a qualitative degree against a share),
 * and positions of one holder on one provision in one period that sources report with opposite
 * wishes (a demand against a rejection) or that a text itself reports as denied or disputed — each
 * with the sources side by side.
 */
@NullMarked
package org.parley.analysis.contradiction;

import org.jspecify.annotations.NullMarked;
