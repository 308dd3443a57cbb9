package org.parley.analysis.position;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive claims of one party on one issue that hold the same position ({@linkplain
 * Stance#isEquivalent equivalent} stances), in time order (never empty): a position from its first
 * claim to its latest. {@code stance} is the latest claim's.
 */
public record StanceRun(Stance stance, List<DatedPosition> claims) {
  public StanceRun {
    claims = claims.stream().sorted(DatedPosition.ORDER).toList();
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a stance run holds at least one claim");
    }
    for (DatedPosition c : claims) {
      if (!c.stance().isEquivalent(stance)) {
        throw new IllegalArgumentException(
            "entry %s holds %s, not %s".formatted(c.entry().id(), c.stance(), stance));
      }
    }
  }

  /** The run of {@code claims} (not empty, equivalent stances), with the latest claim's stance. */
  public static StanceRun of(List<DatedPosition> claims) {
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a stance run holds at least one claim");
    }
    return new StanceRun(claims.stream().max(DatedPosition.ORDER).orElseThrow().stance(), claims);
  }

  /** The date of the first claim (null when undated). */
  public @Nullable ClaimDate since() {
    return claims.get(0).date();
  }

  /** The date of the latest claim (null when undated). */
  public @Nullable ClaimDate latest() {
    return claims.get(claims.size() - 1).date();
  }

  /** The latest claim. */
  public DatedPosition last() {
    return claims.get(claims.size() - 1);
  }

  /** The claims newest first, as tables cite them. */
  public List<DatedPosition> newestFirst() {
    return claims.stream().sorted(DatedPosition.ORDER.reversed()).toList();
  }

  /** The citations, newest first. */
  public List<Citation> citations() {
    return newestFirst().stream().map(DatedPosition::citation).toList();
  }

  static Comparator<StanceRun> byLatest() {
    return Comparator.comparing(StanceRun::last, DatedPosition.ORDER);
  }
}
