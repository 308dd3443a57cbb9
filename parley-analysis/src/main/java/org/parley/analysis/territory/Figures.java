package org.parley.analysis.territory;

import java.util.Locale;

/**
 * How shares and areas are written in rules, tables and reports: {@code 74.8 %}, {@code 1,163 km²}.
 */
public final class Figures {
  private Figures() {}

  /**
   * A share in 0..1 as a percentage, to one decimal where it matters ({@code 75 %}, {@code 0.4 %}).
   */
  public static String percent(double share) {
    double pct = share * 100;
    if (Math.abs(pct - Math.rint(pct)) < 1e-9) {
      return String.format(Locale.ROOT, "%.0f %%", pct);
    }
    return String.format(Locale.ROOT, pct < 10 ? "%.2f %%" : "%.1f %%", pct);
  }

  /** An area in km², to the km² from 1,000 and to a tenth below. */
  public static String km2(double km2) {
    return String.format(Locale.ROOT, km2 >= 1000 ? "%,.0f km²" : "%,.1f km²", km2);
  }
}
