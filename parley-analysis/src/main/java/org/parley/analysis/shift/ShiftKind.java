package org.parley.analysis.shift;

import java.util.Locale;

/** How a position changed between two stances on the same issue; see {@link ShiftRules}. */
public enum ShiftKind {
  /** The party takes a position on an issue for the first time. */
  NEW,
  /** The party has not restated the position for a long while, though it voiced others since. */
  DROPPED,
  /** Same stance, more regions. */
  WIDENED,
  /** Same stance, fewer regions. */
  NARROWED,
  /** Same stance, regions both added and removed. */
  REDRAWN,
  /** Less accommodating: an offer became a condition, or was withdrawn for the opposite stance. */
  HARDENED,
  /** More accommodating: a condition became an offer, or a refusal gave way to an offer. */
  SOFTENED,
  /** The party now requires (or offers) the opposite of what it required (or offered). */
  REVERSED;

  /** The name as printed: {@code new}, {@code narrowed}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
