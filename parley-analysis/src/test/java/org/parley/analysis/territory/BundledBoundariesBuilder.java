package org.parley.analysis.territory;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.parley.analysis.geo.PolygonRepair;

/**
 * Rebuilds the boundaries that ship with Parley ({@link BoundaryLoader#BUNDLED}) from the shared
 * geoBoundaries UKR ADM1 file and land mask: clip each unit to land, simplify the whole coverage
 * with JTS's CoverageSimplifier (tolerance 0.005°, about 400–550 m; shared edges stay shared), and
 * write coordinates to 5 decimals. Not a test; run by hand when the sources change:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp) \
 *   org.parley.analysis.territory.BundledBoundariesBuilder ADM1.geojson MASK.geojson OUT.geojson
 * </pre>
 */
public final class BundledBoundariesBuilder {
  static final double TOLERANCE_DEGREES = 0.005;

  private BundledBoundariesBuilder() {}

  public static void main(String[] args) throws IOException {
    RegionBoundaries full = new BoundaryLoader().load(Path.of(args[0]), Path.of(args[1]));
    Geometry[] coverage = full.regions().stream().map(RegionShape::land).toArray(Geometry[]::new);
    Geometry[] simplified = CoverageSimplifier.simplify(coverage, TOLERANCE_DEGREES);
    try (JsonGenerator out =
        new JsonFactory().createGenerator(Path.of(args[2]).toFile(), JsonEncoding.UTF8)) {
      out.writeStartObject();
      out.writeStringField("type", "FeatureCollection");
      out.writeStringField(
          "attribution",
          "Derived from geoBoundaries UKR ADM1 (boundaryID UKR-ADM1-14850775; source OpenStreetMap"
              + " via Wambacher; (c) OpenStreetMap contributors), available under the Open Database"
              + " License 1.0 (ODbL); clipped to the land outline of Nikkei-Visual-Data-Journalism/ISW"
              + " (MIT) and simplified. This derived database is made available under the ODbL 1.0.");
      out.writeArrayFieldStart("features");
      for (int i = 0; i < simplified.length; i++) {
        RegionShape region = full.regions().get(i);
        writeFeature(out, region, PolygonRepair.polygonal(simplified[i]));
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  private static void writeFeature(JsonGenerator out, RegionShape region, Geometry land)
      throws IOException {
    out.writeRaw('\n');
    out.writeStartObject();
    out.writeStringField("type", "Feature");
    out.writeObjectFieldStart("properties");
    out.writeStringField("shapeISO", region.id().value());
    out.writeStringField("shapeName", region.name());
    out.writeEndObject();
    out.writeObjectFieldStart("geometry");
    out.writeStringField("type", "MultiPolygon");
    out.writeArrayFieldStart("coordinates");
    for (int p = 0; p < land.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) land.getGeometryN(p);
      out.writeStartArray();
      writeRing(out, polygon.getExteriorRing());
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        writeRing(out, polygon.getInteriorRingN(h));
      }
      out.writeEndArray();
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void writeRing(JsonGenerator out, LineString ring) throws IOException {
    out.writeStartArray();
    for (Coordinate c : ring.getCoordinates()) {
      out.writeStartArray();
      out.writeNumber(BigDecimal.valueOf(c.x).setScale(5, RoundingMode.HALF_EVEN));
      out.writeNumber(BigDecimal.valueOf(c.y).setScale(5, RoundingMode.HALF_EVEN));
      out.writeEndArray();
    }
    out.writeEndArray();
  }
}
