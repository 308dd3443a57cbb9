package org.parley.analysis.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Area of polygons on the WGS84 ellipsoid, with geodesic edges (GeographicLib's {@code
 * PolygonArea}, the algorithm of Karney 2013 that pyproj's {@code Geod.geometry_area_perimeter}
 * also uses). Coordinates are longitude/latitude degrees; holes are subtracted; ring orientation
 * does not matter; non-areal parts count zero. Thread-safe.
 */
public final class EllipsoidalArea {
  private static final double M2_PER_KM2 = 1_000_000.0;

  private EllipsoidalArea() {}

  /** The area of {@code geometry} in square kilometres. */
  public static double km2(Geometry geometry) {
    double m2 = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon) {
        m2 += polygonM2(polygon);
      } else if (part != geometry) {
        m2 += km2(part) * M2_PER_KM2;
      }
    }
    return m2 / M2_PER_KM2;
  }

  private static double polygonM2(Polygon polygon) {
    if (polygon.isEmpty()) {
      return 0;
    }
    double area = ringM2(polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      area -= ringM2(polygon.getInteriorRingN(i));
    }
    return Math.max(0, area);
  }

  private static double ringM2(LinearRing ring) {
    PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
    Coordinate[] points = ring.getCoordinates();
    // the closing point repeats the first; PolygonArea closes the ring itself
    for (int i = 0; i < points.length - 1; i++) {
      area.AddPoint(points[i].y, points[i].x);
    }
    return Math.abs(area.Compute(false, true).area);
  }
}
