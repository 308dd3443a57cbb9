package org.parley.kb;

/**
 * A point on the WGS84 ellipsoid in decimal degrees: latitude north positive, longitude east
 * positive.
 */
public record GeoPoint(double lat, double lon) {
  public GeoPoint {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("latitude " + lat + " is outside -90..90");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("longitude " + lon + " is outside -180..180");
    }
  }
}
