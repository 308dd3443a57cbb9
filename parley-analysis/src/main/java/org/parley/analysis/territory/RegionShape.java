package org.parley.analysis.territory;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.parley.model.RegionId;

/**
 * One region's land: its ISO 3166-2 id, its English name, its polygon clipped to land, and that
 * polygon's ellipsoidal area in km² (the denominator of every share). Immutable.
 */
public record RegionShape(RegionId id, String name, Geometry land, double landKm2) {
  public RegionShape {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(land, "land");
    if (!(landKm2 >= 0)) {
      throw new IllegalArgumentException("land area must be ≥ 0 km²: " + landKm2);
    }
  }
}
