package org.parley.analysis.settlement;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * What one term does in one region: the area (km², ellipsoidal) that moves from one side to the
 * other, the region's land area and the part of it the controlling side (Russia) holds on the
 * reference map, for scale; whether the figure is only an upper bound (an unquantified "some
 * territory"), and the people living there, estimated in proportion to area. For a freeze, {@code
 * from} and {@code to} are absent and nothing moves.
 */
public record Transfer(
    Term term,
    RegionId region,
    String regionName,
    @Nullable ActorId from,
    @Nullable ActorId to,
    double km2,
    double regionLandKm2,
    double controlledKm2,
    boolean upperBound,
    @Nullable Long populationEstimate) {
  public Transfer {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(region, "region");
    if (!(km2 >= 0) || !(regionLandKm2 >= 0) || !(controlledKm2 >= 0)) {
      throw new IllegalArgumentException("areas must be ≥ 0 km²");
    }
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException("a transfer has both sides or neither");
    }
  }

  /** The share of the region's land the controlling side holds on the reference map, in 0..1. */
  public double controlledShare() {
    return regionLandKm2 == 0 ? 0 : Math.min(1, controlledKm2 / regionLandKm2);
  }

  /** The moved area as a share of the region's land, in 0..1. */
  public double shareOfRegion() {
    return regionLandKm2 == 0 ? 0 : Math.min(1, km2 / regionLandKm2);
  }
}
