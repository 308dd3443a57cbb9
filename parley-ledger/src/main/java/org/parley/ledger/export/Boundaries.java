package org.parley.ledger.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.model.RegionId;

/**
 * Region geometries read from a GeoJSON FeatureCollection whose features carry an ISO 3166-2 code
 * in a property (geoBoundaries' {@code shapeISO}); geometries are kept as parsed JSON and copied
 * through, never interpreted. Immutable and thread-safe.
 */
public final class Boundaries {
  /** The property geoBoundaries files key their features by. */
  public static final String SHAPE_ISO = "shapeISO";

  private final Map<RegionId, JsonNode> geometries;

  private Boundaries(Map<RegionId, JsonNode> geometries) {
    this.geometries = Map.copyOf(geometries);
  }

  /** No geometry for any region. */
  public static Boundaries none() {
    return new Boundaries(Map.of());
  }

  /**
   * Reads {@code file}, keying features by the ISO code in property {@code key}.
   *
   * @throws IllegalArgumentException if the file is not a FeatureCollection
   * @throws UncheckedIOException if it cannot be read
   */
  public static Boundaries read(Path file, String key) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read boundaries " + file, e);
    }
  }

  /**
   * Reads GeoJSON from {@code in} (a bundled resource, say); {@code source} names it in messages.
   *
   * @throws IllegalArgumentException if it is not a FeatureCollection with ISO-keyed features
   * @throws UncheckedIOException if it cannot be read
   */
  public static Boundaries read(InputStream in, String source, String key) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read boundaries " + source, e);
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
      throw new IllegalArgumentException(source + ": not a GeoJSON FeatureCollection");
    }
    Map<RegionId, JsonNode> out = new HashMap<>();
    for (JsonNode f : root.path("features")) {
      String iso = f.path("properties").path(key).asText("");
      if (RegionId.isValid(iso) && f.hasNonNull("geometry")) {
        out.put(RegionId.of(iso), f.get("geometry"));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "%s: no feature has an ISO 3166-2 code in property '%s'".formatted(source, key));
    }
    return new Boundaries(out);
  }

  /** These boundaries with {@code geometry} for {@code region} (replacing any it had). */
  public Boundaries with(RegionId region, JsonNode geometry) {
    Map<RegionId, JsonNode> more = new HashMap<>(geometries);
    more.put(region, geometry);
    return new Boundaries(more);
  }

  /** The region's geometry, if the file has it. */
  public Optional<JsonNode> geometry(RegionId region) {
    return Optional.ofNullable(geometries.get(region));
  }

  /** How many regions have a geometry. */
  public int size() {
    return geometries.size();
  }
}
