package org.parley.language.time;

/** How a time expression relates its event to the date it names. */
public enum TimeModifier {
  /** At that date or within that period ("on Friday", "in 2024", "this week"). */
  ON,
  /** From that date on ("since 2023"). */
  SINCE,
  /** No later than that date ("by late summer that year", "by the end of the year"). */
  BY,
  /** Up to that date ("until November"). */
  UNTIL,
  /** Before that date ("before 2022"). */
  BEFORE,
  /** After that date ("after February 24"). */
  AFTER,
  /** The state on that date ("as of March 30"). */
  AS_OF,
  /** Somewhere in a window ending at the document date ("less than one week ago"). */
  WITHIN
}
