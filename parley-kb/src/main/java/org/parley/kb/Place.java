package org.parley.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.RegionId;

/**
 * A town, city or site of the war zone and the ISO region it lies in. A city that shares its name
 * with its region (Kharkiv) is a place of kind {@link PlaceKind#CITY} beside the region, so that a
 * reader can tell the city reading from the region reading. {@code point} is where it lies, when
 * the data gives it ({@code lat=} and {@code lon=}).
 */
public record Place(
    String id,
    String name,
    List<String> aliases,
    RegionId region,
    PlaceKind kind,
    Optional<GeoPoint> point)
    implements KbEntry {
  public Place {
    Entries.requireSlug(id);
    Entries.requireName(name, id);
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(point, "point");
    aliases = List.copyOf(aliases);
  }

  /** A place without coordinates. */
  public Place(String id, String name, List<String> aliases, RegionId region, PlaceKind kind) {
    this(id, name, aliases, region, kind, Optional.empty());
  }

  @Override
  public String key() {
    return id;
  }
}
