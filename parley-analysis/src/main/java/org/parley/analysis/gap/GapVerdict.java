package org.parley.analysis.gap;

import java.util.Locale;

/** How two parties' positions on one issue relate. */
public enum GapVerdict {
  /** Both want the same thing (one offers what the other demands, or both demand it). */
  COMPATIBLE,
  /** One wants what the other refuses. */
  CONFLICTING,
  /** Only one of the two holds a position. */
  ONE_SIDED,
  /** Neither holds a position. */
  UNADDRESSED;

  /** The verdict as printed: {@code compatible}, {@code one-sided}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
