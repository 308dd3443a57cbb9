package org.parley.analysis.geo;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature: its geometry (longitude/latitude degrees) and its scalar properties as text
 * (numbers and booleans as JSON writes them; nested objects and arrays are left out).
 */
public record GeoFeature(Map<String, String> properties, Geometry geometry) {
  public GeoFeature {
    properties = Map.copyOf(properties);
    Objects.requireNonNull(geometry, "geometry");
  }

  /** The property's text, if the feature has it. */
  public Optional<String> property(String key) {
    return Optional.ofNullable(properties.get(key));
  }
}
