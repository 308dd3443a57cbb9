package org.parley.analysis.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Makes published polygons usable for overlay: invalid rings (self-intersections, bow-ties, wrong
 * nesting) are repaired with JTS's {@link GeometryFixer}, which keeps the area a buffer(0) would
 * lose on bow-ties; overlapping parts are unioned; everything that is not a polygon is dropped.
 * Unions use OverlayNG with its robustness fallbacks. Thread-safe.
 */
public final class PolygonRepair {
  private PolygonRepair() {}

  /**
   * Why {@code geometry} is invalid, in JTS's words with the place ("Self-intersection at (30.5,
   * 48.1)"), or empty when it is valid.
   */
  public static Optional<String> problem(Geometry geometry) {
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error == null) {
      return Optional.empty();
    }
    Coordinate at = error.getCoordinate();
    return Optional.of(
        at == null
            ? error.getMessage()
            : "%s at (%s, %s)".formatted(error.getMessage(), (float) at.x, (float) at.y));
  }

  /** The valid polygonal part of {@code geometry} (a Polygon or MultiPolygon, maybe empty). */
  public static Geometry polygonal(Geometry geometry) {
    Geometry valid = geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
    List<Polygon> polygons = new ArrayList<>();
    PolygonExtracter.getPolygons(valid, polygons);
    Geometry result = geometry.getFactory().buildGeometry(polygons);
    return result.isValid() ? result : OverlayNGRobust.union(List.<Geometry>copyOf(polygons));
  }

  /** The union of the valid polygonal parts of {@code parts}, as one geometry. */
  public static Geometry union(List<Geometry> parts, GeometryFactory factory) {
    List<Geometry> valid = new ArrayList<>(parts.size());
    for (Geometry part : parts) {
      Geometry polygonal = polygonal(part);
      if (!polygonal.isEmpty()) {
        valid.add(polygonal);
      }
    }
    if (valid.isEmpty()) {
      return factory.createPolygon();
    }
    return valid.size() == 1 ? valid.get(0) : OverlayNGRobust.union(valid);
  }
}
