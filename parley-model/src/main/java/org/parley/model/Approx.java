package org.parley.model;

import java.util.Locale;

/** How a control measure is qualified: an exact figure, a bound, or a qualitative degree. */
public enum Approx {
  EXACT,
  /** "roughly", "some", "an estimated". */
  ABOUT,
  /** "more than". */
  AT_LEAST,
  /** "less than", "under". */
  AT_MOST,
  NEARLY_ALL,
  MOST,
  /** "parts of", "some territory", "a fraction". */
  PART,
  /** "fully", "the whole"; implies a share of 1. */
  ALL;

  /** The contract's spelling: {@code nearly_all}, {@code at_most}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Approx fromCode(String code) {
    for (Approx a : values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown measure approx '" + code + "'");
  }
}
