package org.parley.analysis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class PolygonRepairTest {
  private final GeometryFactory factory = new GeometryFactory();

  private Polygon polygon(double... xy) {
    Coordinate[] c = new Coordinate[xy.length / 2 + 1];
    for (int i = 0; i < xy.length / 2; i++) {
      c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
    }
    c[c.length - 1] = c[0].copy();
    return factory.createPolygon(c);
  }

  @Test
  void repairsABowTieWithoutLosingEitherLobe() {
    Polygon bowTie = polygon(0, 0, 1, 1, 1, 0, 0, 1);
    assertThat(bowTie.isValid()).isFalse();
    Geometry fixed = PolygonRepair.polygonal(bowTie);
    assertThat(fixed.isValid()).isTrue();
    assertThat(fixed.getArea()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void unionsOverlappingParts() {
    Geometry union =
        PolygonRepair.union(
            List.of(polygon(0, 0, 2, 0, 2, 1, 0, 1), polygon(1, 0, 3, 0, 3, 1, 1, 1)), factory);
    assertThat(union.isValid()).isTrue();
    assertThat(union.getArea()).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void dropsLinesAndPoints() {
    Geometry mixed =
        factory.buildGeometry(
            List.of(polygon(0, 0, 1, 0, 1, 1), factory.createPoint(new Coordinate(5, 5))));
    assertThat(PolygonRepair.polygonal(mixed).getGeometryType()).isIn("Polygon", "MultiPolygon");
  }

  @Test
  void unionOfNothingIsEmpty() {
    assertThat(PolygonRepair.union(List.of(), factory).isEmpty()).isTrue();
  }
}
