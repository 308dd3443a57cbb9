package org.parley.analysis.territory;

import java.util.List;
import org.parley.model.RegionId;

/**
 * Russian-controlled area in a region, or in several regions taken together: km² under control, km²
 * of land, and their ratio. Areas are ellipsoidal (WGS84). Immutable.
 */
public record RegionControl(
    List<RegionId> regions, String name, double controlledKm2, double landKm2) {
  public RegionControl {
    regions = List.copyOf(regions);
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("a measurement needs at least one region");
    }
    if (!(controlledKm2 >= 0) || !(landKm2 >= 0)) {
      throw new IllegalArgumentException(
          "areas must be ≥ 0 km²: %s of %s".formatted(controlledKm2, landKm2));
    }
  }

  /** Share of the land under Russian control, in 0..1 (0 for a region without land). */
  public double share() {
    return landKm2 == 0 ? 0 : Math.min(1, controlledKm2 / landKm2);
  }

  /** The land not under Russian control, in km². */
  public double uncontrolledKm2() {
    return Math.max(0, landKm2 - controlledKm2);
  }
}
