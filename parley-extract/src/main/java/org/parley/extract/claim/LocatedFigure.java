package org.parley.extract.claim;

import org.parley.extract.measure.Figure;

/**
 * A control figure with the clause [clauseStart, clauseEnd) of normalised text that states it, how
 * the clause bears on it, and the name of the rule that found it (for the claim's provenance).
 */
record LocatedFigure(Figure figure, int clauseStart, int clauseEnd, Role role, String rule) {
  /** How a figure's clause states control. */
  enum Role {
    /** The clause around the figure states control ("Russia holds 19 percent of …"). */
    STATED,
    /**
     * A relative clause about the region states it ("the Luhansk region, which fell to … in
     * March"): the whole relative clause is the figure's, its time included.
     */
    RELATIVE,
    /**
     * The figure measures part of the territory of the control claim before it ("…, of which about
     * 27,000 in Crimea", "This includes …"): it has that claim's holder.
     */
    PART
  }

  LocatedFigure(Figure figure, int[] clause, Role role, String rule) {
    this(figure, clause[0], clause[1], role, rule);
  }

  /** The clause as a fresh {start, end} pair. */
  int[] clause() {
    return new int[] {clauseStart, clauseEnd};
  }
}
