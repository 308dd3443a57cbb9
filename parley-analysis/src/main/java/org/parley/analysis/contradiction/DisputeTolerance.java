package org.parley.analysis.contradiction;

import java.util.Objects;

/**
 * When two reports of the same fact count as a dispute: shares at least {@code sharePoints}
 * percentage points apart, areas at least {@code areaPercent} % apart (of the smaller), claims
 * bucketed by {@code period}.
 */
public record DisputeTolerance(double sharePoints, double areaPercent, Period period) {
  /** 5 percentage points, 10 % of area, the same month. */
  public static final DisputeTolerance DEFAULT = new DisputeTolerance(5, 10, Period.MONTH);

  public DisputeTolerance {
    Objects.requireNonNull(period, "period");
    if (!(sharePoints > 0 && sharePoints <= 100)) {
      throw new IllegalArgumentException(
          "share tolerance must lie in (0, 100] percentage points: " + sharePoints);
    }
    if (!(areaPercent > 0 && areaPercent <= 1000)) {
      throw new IllegalArgumentException("area tolerance must lie in (0, 1000] %: " + areaPercent);
    }
  }
}
