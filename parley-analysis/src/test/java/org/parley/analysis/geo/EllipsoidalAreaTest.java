package org.parley.analysis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class EllipsoidalAreaTest {
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257223563;
  private final GeometryFactory factory = new GeometryFactory();

  /**
   * Area of the quadrangle between two parallels and two meridians on WGS84, in closed form
   * (Snyder, Map Projections — A Working Manual, eq. 3-12): independent of GeographicLib.
   */
  private static double quadrangleKm2(double lat1, double lat2, double dLonDeg) {
    double e2 = F * (2 - F);
    double e = Math.sqrt(e2);
    double b2 = A * A * (1 - e2);
    double q2 = q(Math.toRadians(lat2), e, e2);
    double q1 = q(Math.toRadians(lat1), e, e2);
    return Math.toRadians(dLonDeg) * b2 / 2 * (q2 - q1) / 1e6;
  }

  private static double q(double phi, double e, double e2) {
    double s = Math.sin(phi);
    return s / (1 - e2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
  }

  /** A lon/lat cell whose east–west edges follow the parallels closely (many points). */
  private Polygon cell(double west, double south, double east, double north, int steps) {
    Coordinate[] ring = new Coordinate[2 * steps + 3];
    int k = 0;
    for (int i = 0; i <= steps; i++) {
      ring[k++] = new Coordinate(west + (east - west) * i / steps, south);
    }
    for (int i = 0; i <= steps; i++) {
      ring[k++] = new Coordinate(east - (east - west) * i / steps, north);
    }
    ring[k] = ring[0].copy();
    return factory.createPolygon(ring);
  }

  @Test
  void oneDegreeCellAtTheEquatorMatchesTheClosedForm() {
    double expected = quadrangleKm2(0, 1, 1);
    assertThat(expected).isCloseTo(12_308.46, within(0.01));
    assertThat(EllipsoidalArea.km2(cell(0, 0, 1, 1, 2000))).isCloseTo(expected, within(0.05));
  }

  @Test
  void oneDegreeCellInUkraineMatchesTheClosedForm() {
    double expected = quadrangleKm2(47, 48, 1);
    assertThat(EllipsoidalArea.km2(cell(37, 47, 38, 48, 2000))).isCloseTo(expected, within(0.05));
  }

  @Test
  void ringOrientationDoesNotMatter() {
    Polygon ccw = cell(37, 47, 38, 48, 10);
    Geometry cw = ccw.reverse();
    assertThat(EllipsoidalArea.km2(cw)).isCloseTo(EllipsoidalArea.km2(ccw), within(1e-6));
  }

  @Test
  void holesAreSubtracted() {
    Polygon outer = cell(37, 47, 38, 48, 200);
    Polygon inner = cell(37.25, 47.25, 37.75, 47.75, 200);
    Polygon withHole =
        factory.createPolygon(outer.getExteriorRing(), new LinearRing[] {inner.getExteriorRing()});
    assertThat(EllipsoidalArea.km2(withHole))
        .isCloseTo(EllipsoidalArea.km2(outer) - EllipsoidalArea.km2(inner), within(1e-6));
  }

  @Test
  void multiPolygonsSumTheirPartsAndLinesCountZero() {
    Polygon a = cell(37, 47, 38, 48, 10);
    Polygon b = cell(38, 47, 39, 48, 10);
    Geometry both = factory.createMultiPolygon(new Polygon[] {a, b});
    Geometry mixed = factory.buildGeometry(java.util.List.of(a, a.getExteriorRing()));
    assertThat(EllipsoidalArea.km2(both))
        .isCloseTo(EllipsoidalArea.km2(a) + EllipsoidalArea.km2(b), within(1e-6));
    assertThat(EllipsoidalArea.km2(mixed)).isCloseTo(EllipsoidalArea.km2(a), within(1e-6));
  }

  @Test
  void emptyGeometryHasNoArea() {
    assertThat(EllipsoidalArea.km2(factory.createPolygon())).isZero();
  }
}
