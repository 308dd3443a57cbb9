package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.parley.analysis.geo.GeoFeature;
import org.parley.analysis.geo.GeoJsonFeatureReader;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Place;
import org.parley.kb.PlaceKind;

/**
 * The knowledge base's coordinates checked against the bundled oblast outlines: a Ukrainian place
 * with a point lies in its region, or within 0.05° of its land outline (a coastal town); islands
 * lie off the land outline and are not checked.
 */
class PlaceCoordinatesTest {
  private static final double COAST = 0.05;

  @Test
  void everyLocatedUkrainianPlaceLiesInItsRegion() throws Exception {
    Map<String, Geometry> oblasts = new HashMap<>();
    try (InputStream in = BoundaryLoader.class.getResourceAsStream(BoundaryLoader.BUNDLED)) {
      for (GeoFeature f : new GeoJsonFeatureReader().read(in, Path.of("bundled"))) {
        f.property("shapeISO").ifPresent(iso -> oblasts.put(iso, f.geometry()));
      }
    }
    GeometryFactory factory = new GeometryFactory();
    List<String> outside = new ArrayList<>();
    int checked = 0;
    for (Place p : KnowledgeBase.loadDefault().entries(Place.class)) {
      Geometry oblast = oblasts.get(p.region().value());
      if (oblast == null || p.point().isEmpty() || p.kind() == PlaceKind.ISLAND) {
        continue;
      }
      checked++;
      var point = factory.createPoint(new Coordinate(p.point().get().lon(), p.point().get().lat()));
      double off = oblast.distance(point);
      if (off > COAST) {
        outside.add(p.id() + " " + p.point().get() + " is " + off + "° off " + p.region());
      }
    }
    assertThat(outside).isEmpty();
    assertThat(checked).isGreaterThan(140);
  }
}
