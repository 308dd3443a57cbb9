package org.parley.analysis.territory.check;

/** What the map says about a control claim. */
public enum Verdict {
  /** The measured figure satisfies the claim under its tolerance rule. */
  CONSISTENT("consistent"),
  /** The measured figure breaks the claim's tolerance rule. */
  INCONSISTENT("inconsistent"),
  /** No map lies within the tolerance of the claim's date. */
  NO_MAP("no map for that date"),
  /** The claim cannot be checked on these maps (its holder, a region, or no figure). */
  NOT_CHECKABLE("not checkable");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The verdict as printed: {@code consistent}, {@code no map for that date}, … */
  public String label() {
    return label;
  }
}
