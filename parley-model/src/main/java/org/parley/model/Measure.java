package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much of a territory a party controls: a share in 0..1, an area in km², or neither (a
 * qualitative degree), always with its {@link Approx} qualifier.
 */
public record Measure(@Nullable Double share, @Nullable Double areaKm2, Approx approx) {
  /** Square kilometres in one square mile. */
  public static final double KM2_PER_SQUARE_MILE = 2.589988;

  public Measure {
    Objects.requireNonNull(approx, "approx");
    if (share != null && (share.isNaN() || share < 0 || share > 1)) {
      throw new IllegalArgumentException("share must lie in 0..1: " + share);
    }
    if (areaKm2 != null && (areaKm2.isNaN() || areaKm2 < 0)) {
      throw new IllegalArgumentException("area must be a non-negative number of km²: " + areaKm2);
    }
    if (approx == Approx.ALL && share == null && areaKm2 == null) {
      share = 1.0;
    }
  }

  public static Measure share(double share, Approx approx) {
    return new Measure(share, null, approx);
  }

  public static Measure area(double km2, Approx approx) {
    return new Measure(null, km2, approx);
  }

  public static Measure qualitative(Approx approx) {
    return new Measure(null, null, approx);
  }

  /** Whether the measure carries a number (a share or an area). */
  public boolean isNumeric() {
    return share != null || areaKm2 != null;
  }
}
