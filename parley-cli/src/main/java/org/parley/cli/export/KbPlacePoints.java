package org.parley.cli.export;

import java.util.List;
import java.util.Optional;
import org.parley.kb.Alias;
import org.parley.kb.GeoPoint;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Place;
import org.parley.ledger.export.PlacePoints;

/**
 * The points of the places the knowledge base gives coordinates for. A place is found by any of its
 * forms ("Anchorage", "Elmendorf Air Force Base"), or, when the whole names none, by the one
 * comma-separated part that names a place ("Joint Base Elmendorf-Richardson, Alaska"). A form two
 * located places share gives no point.
 */
final class KbPlacePoints implements PlacePoints {
  private final KnowledgeBase kb;

  KbPlacePoints(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public Optional<Point> point(String place) {
    Optional<Point> whole = located(place);
    if (whole.isPresent() || !place.contains(",")) {
      return whole;
    }
    return java.util.Arrays.stream(place.split(","))
        .map(this::located)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<Point> located(String form) {
    String bare = form.strip().replaceFirst("^(?i:the)\\s+", "");
    if (bare.isEmpty()) {
      return Optional.empty();
    }
    List<GeoPoint> points =
        kb.readings(bare).stream()
            .map(Alias::entry)
            .filter(Place.class::isInstance)
            .map(e -> ((Place) e).point())
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    return points.size() == 1
        ? Optional.of(new Point(points.get(0).lon(), points.get(0).lat()))
        : Optional.empty();
  }
}
