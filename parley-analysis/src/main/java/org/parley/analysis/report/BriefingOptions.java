package org.parley.analysis.report;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DisputeTolerance;

/**
 * What a briefing covers: claims dated up to {@code validAt} (all when {@code null}), at most
 * {@code parties} main parties, shifts of the last {@code recentMonths} months before the newest
 * position (at most {@code maxShifts} listed), disputes under {@code tolerance}, and the map check
 * ({@code null}: none).
 */
public record BriefingOptions(
    @Nullable LocalDate validAt,
    int parties,
    int recentMonths,
    int maxShifts,
    DisputeTolerance tolerance,
    @Nullable MapCheck maps) {

  public BriefingOptions {
    Objects.requireNonNull(tolerance, "tolerance");
    if (parties < 2 || recentMonths < 1 || maxShifts < 1) {
      throw new IllegalArgumentException(
          "a briefing covers at least 2 parties, 1 month and 1 shift");
    }
  }

  /** Four parties, twelve months, fifteen shifts, the default tolerance, no maps. */
  public static BriefingOptions defaults() {
    return new BriefingOptions(null, 4, 12, 15, DisputeTolerance.DEFAULT, null);
  }

  public BriefingOptions withValidAt(@Nullable LocalDate date) {
    return new BriefingOptions(date, parties, recentMonths, maxShifts, tolerance, maps);
  }

  public BriefingOptions withMaps(@Nullable MapCheck check) {
    return new BriefingOptions(validAt, parties, recentMonths, maxShifts, tolerance, check);
  }

  public BriefingOptions withTolerance(DisputeTolerance t) {
    return new BriefingOptions(validAt, parties, recentMonths, maxShifts, t, maps);
  }
}
