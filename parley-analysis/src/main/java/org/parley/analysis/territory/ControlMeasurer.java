package org.parley.analysis.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.parley.analysis.geo.EllipsoidalArea;

/**
 * Measures a {@link ControlMap} against {@link RegionBoundaries}: for every region, the ellipsoidal
 * area of (controlled ∩ region land). Regions the map does not reach cost an envelope test; regions
 * it covers entirely a prepared-geometry test; only the rest are overlaid (OverlayNG, with its
 * robustness fallbacks). Stateless and thread-safe.
 */
public final class ControlMeasurer {
  /** The table of Russian control per region on {@code map}. */
  public ControlTable measure(ControlMap map, RegionBoundaries boundaries) {
    Objects.requireNonNull(map, "map");
    Geometry controlled = map.controlled();
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(controlled);
    List<RegionControl> rows = new ArrayList<>();
    for (RegionShape region : boundaries.regions()) {
      double km2 = controlledKm2(controlled, prepared, region);
      rows.add(
          new RegionControl(
              List.of(region.id()),
              region.name(),
              Math.min(km2, region.landKm2()),
              region.landKm2()));
    }
    return new ControlTable(
        map.date(), map.name(), boundaries.description(), boundaries.country(), rows);
  }

  private static double controlledKm2(
      Geometry controlled, PreparedGeometry prepared, RegionShape region) {
    Envelope envelope = region.land().getEnvelopeInternal();
    if (controlled.isEmpty() || !controlled.getEnvelopeInternal().intersects(envelope)) {
      return 0;
    }
    if (!prepared.intersects(region.land())) {
      return 0;
    }
    if (prepared.covers(region.land())) {
      return region.landKm2();
    }
    Geometry inside = OverlayNGRobust.overlay(controlled, region.land(), OverlayNG.INTERSECTION);
    return EllipsoidalArea.km2(inside);
  }
}
