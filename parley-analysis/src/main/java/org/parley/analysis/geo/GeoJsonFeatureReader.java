package org.parley.analysis.geo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads the features of a GeoJSON file (RFC 7946: a FeatureCollection, a single Feature or a bare
 * geometry) into {@link GeoFeature}s. Features without a geometry are skipped; a declared {@code
 * crs} other than CRS84/EPSG:4326 is refused, since every area here assumes longitude/latitude
 * degrees. Stateless and thread-safe.
 */
public final class GeoJsonFeatureReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final GeometryFactory factory;

  public GeoJsonFeatureReader(GeometryFactory factory) {
    this.factory = factory;
  }

  public GeoJsonFeatureReader() {
    this(new GeometryFactory());
  }

  /** Reads every feature of {@code file}, in file order. */
  public List<GeoFeature> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoJSON " + file, e);
    }
  }

  /** Reads every feature of a GeoJSON stream; {@code name} names it in error messages. */
  public List<GeoFeature> read(InputStream in, Path name) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new MalformedGeoJsonException(name, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoJSON " + name, e);
    }
    if (root == null || !root.isObject()) {
      throw new MalformedGeoJsonException(name, "not a GeoJSON object");
    }
    checkCrs(root, name);
    try {
      return features(root, new GeometryDecoder(factory));
    } catch (IllegalArgumentException e) {
      throw new MalformedGeoJsonException(name, e.getMessage());
    }
  }

  private static List<GeoFeature> features(JsonNode root, GeometryDecoder decoder) {
    String type = root.path("type").asText("");
    List<GeoFeature> out = new ArrayList<>();
    switch (type) {
      case "FeatureCollection" -> {
        int index = 0;
        for (JsonNode feature : root.path("features")) {
          addFeature(feature, decoder, "features[" + index++ + "]", out);
        }
      }
      case "Feature" -> addFeature(root, decoder, "feature", out);
      default -> out.add(new GeoFeature(Map.of(), decoder.decode(root, "geometry")));
    }
    return out;
  }

  private static void addFeature(
      JsonNode feature, GeometryDecoder decoder, String where, List<GeoFeature> out) {
    JsonNode geometry = feature.get("geometry");
    if (geometry == null || geometry.isNull()) {
      return;
    }
    Geometry decoded = decoder.decode(geometry, where + ".geometry");
    out.add(new GeoFeature(properties(feature.get("properties")), decoded));
  }

  private static Map<String, String> properties(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
          out.put(e.getKey(), e.getValue().asText());
        }
      }
    }
    return out;
  }

  private static void checkCrs(JsonNode root, Path name) {
    String crs = root.path("crs").path("properties").path("name").asText("");
    if (!crs.isEmpty() && !crs.endsWith("CRS84") && !crs.endsWith("4326")) {
      throw new MalformedGeoJsonException(
          name, "coordinates must be longitude/latitude (CRS84, EPSG:4326), not " + crs);
    }
  }
}
