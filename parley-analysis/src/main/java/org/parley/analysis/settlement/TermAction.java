package org.parley.analysis.settlement;

import java.util.Locale;

/** What a proposal does with a region's territory. */
public enum TermAction {
  /** Hand the region's territory to a party: what the other side holds there moves to it. */
  CEDE,
  /** A party's forces leave the region: what it holds there moves to the other side. */
  WITHDRAW,
  /** The line stays where it is: nothing moves; listed so the table shows it. */
  FREEZE,
  /**
   * A party gives back territory it captured in the region: what it holds moves to the other side.
   */
  RETURN;

  /** The YAML key: {@code cede}, {@code withdraw}, {@code freeze}, {@code return}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
