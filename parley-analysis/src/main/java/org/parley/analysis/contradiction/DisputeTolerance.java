package org.parley.analysis.contradiction;

import java.util.Objects;

/**
 * When two reports of the same fact count as a dispute: shares at least {@code sharePoints}
 * percentage points apart, areas at least {@code areaPercent} % apart (of the smaller); positions
 * bucketed by {@code period}; control figures compared when dated at most {@code figureDays} days
 * apart (front lines move slowly: figures two months apart that differ by five points or more are
 * two accounts of one fact, not a change of the line).
 */
public record DisputeTolerance(
    double sharePoints, double areaPercent, Period period, int figureDays) {
  /** How far apart control figures may be dated and still be compared, by default. */
  public static final int DEFAULT_FIGURE_DAYS = 62;

  /** 5 percentage points, 10 % of area, the same month, figures within two months. */
  public static final DisputeTolerance DEFAULT =
      new DisputeTolerance(5, 10, Period.MONTH, DEFAULT_FIGURE_DAYS);

  /** With the default window for control figures. */
  public DisputeTolerance(double sharePoints, double areaPercent, Period period) {
    this(sharePoints, areaPercent, period, DEFAULT_FIGURE_DAYS);
  }

  public DisputeTolerance {
    Objects.requireNonNull(period, "period");
    if (!(sharePoints > 0 && sharePoints <= 100)) {
      throw new IllegalArgumentException(
          "share tolerance must lie in (0, 100] percentage points: " + sharePoints);
    }
    if (figureDays < 0 || figureDays > 3660) {
      throw new IllegalArgumentException("figure window must lie in 0..3660 days: " + figureDays);
    }
    if (!(areaPercent > 0 && areaPercent <= 1000)) {
      throw new IllegalArgumentException("area tolerance must lie in (0, 1000] %: " + areaPercent);
    }
  }
}
