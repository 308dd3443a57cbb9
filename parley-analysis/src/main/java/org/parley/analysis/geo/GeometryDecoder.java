package org.parley.analysis.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns one GeoJSON geometry object into a JTS geometry. Lenient where published maps are sloppy:
 * an unclosed ring is closed and a ring of fewer than three distinct points is dropped; anything
 * else malformed is an {@link IllegalArgumentException} naming where it is.
 */
final class GeometryDecoder {
  private final GeometryFactory factory;

  GeometryDecoder(GeometryFactory factory) {
    this.factory = factory;
  }

  Geometry decode(JsonNode g, String where) {
    String type = g.path("type").asText("");
    JsonNode c = g.path("coordinates");
    return switch (type) {
      case "Point" -> point(c, where);
      case "MultiPoint" -> factory.createMultiPoint(points(c, where));
      case "LineString" -> factory.createLineString(coordinates(c, where));
      case "MultiLineString" -> factory.createMultiLineString(lines(c, where));
      case "Polygon" -> polygon(c, where);
      case "MultiPolygon" -> factory.createMultiPolygon(polygons(c, where));
      case "GeometryCollection" -> collection(g.path("geometries"), where);
      default ->
          throw new IllegalArgumentException(where + ": unknown geometry type '" + type + "'");
    };
  }

  private Geometry collection(JsonNode members, String where) {
    List<Geometry> parts = new ArrayList<>();
    int i = 0;
    for (JsonNode m : members) {
      parts.add(decode(m, where + ".geometries[" + i++ + "]"));
    }
    return factory.buildGeometry(parts);
  }

  private Polygon[] polygons(JsonNode c, String where) {
    List<Polygon> out = new ArrayList<>();
    for (JsonNode p : array(c, where)) {
      Polygon polygon = polygon(p, where);
      if (!polygon.isEmpty()) {
        out.add(polygon);
      }
    }
    return out.toArray(Polygon[]::new);
  }

  private Polygon polygon(JsonNode c, String where) {
    List<LinearRing> rings = new ArrayList<>();
    for (JsonNode r : array(c, where)) {
      Coordinate[] ring = closed(coordinates(r, where));
      if (ring.length >= 4) {
        rings.add(factory.createLinearRing(ring));
      } else if (rings.isEmpty()) {
        return factory.createPolygon();
      }
    }
    if (rings.isEmpty()) {
      return factory.createPolygon();
    }
    return factory.createPolygon(
        rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
  }

  private LineString[] lines(JsonNode c, String where) {
    List<LineString> out = new ArrayList<>();
    for (JsonNode l : array(c, where)) {
      out.add(factory.createLineString(coordinates(l, where)));
    }
    return out.toArray(LineString[]::new);
  }

  private Point[] points(JsonNode c, String where) {
    List<Point> out = new ArrayList<>();
    for (JsonNode p : array(c, where)) {
      out.add(point(p, where));
    }
    return out.toArray(Point[]::new);
  }

  private Point point(JsonNode c, String where) {
    return factory.createPoint(coordinate(c, where));
  }

  private static Coordinate[] coordinates(JsonNode c, String where) {
    JsonNode list = array(c, where);
    Coordinate[] out = new Coordinate[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = coordinate(list.get(i), where);
    }
    return out;
  }

  private static Coordinate coordinate(JsonNode c, String where) {
    if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
      throw new IllegalArgumentException(where + ": a position must be [longitude, latitude]");
    }
    return new Coordinate(c.get(0).doubleValue(), c.get(1).doubleValue());
  }

  private static Coordinate[] closed(Coordinate[] ring) {
    if (ring.length == 0 || ring[0].equals2D(ring[ring.length - 1])) {
      return ring;
    }
    Coordinate[] out = java.util.Arrays.copyOf(ring, ring.length + 1);
    out[ring.length] = ring[0].copy();
    return out;
  }

  private static JsonNode array(JsonNode c, String where) {
    if (!c.isArray()) {
      throw new IllegalArgumentException(where + ": 'coordinates' must be an array");
    }
    return c;
  }
}
