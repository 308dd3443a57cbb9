/**
 * A party's positions over time, read from a ledger snapshot: every demand, offer and rejection it
 * holds, dated by its valid time (else its report date), grouped into one thread per issue (the
 * provision type; for territorial types also the set of regions, threads joining claims whose
 * regions overlap), each thread cut into runs of the same stance. The last run is the current
 * position; earlier runs are superseded. Shifts, disputes and the gap matrix build on these types.
 */
@NullMarked
package org.parley.analysis.position;

import org.jspecify.annotations.NullMarked;
