package org.parley.ledger.export;

import java.util.Optional;

/**
 * Where a place named in a claim lies (a meeting's place, as the claim gives it), when known: the
 * composition root answers from the knowledge base. Implementations are stateless.
 */
@FunctionalInterface
public interface PlacePoints {
  /** The point of {@code place}, if known. */
  Optional<Point> point(String place);

  /** A point in WGS84 decimal degrees. */
  record Point(double lon, double lat) {}

  /** Knows no place. */
  static PlacePoints none() {
    return place -> Optional.empty();
  }
}
