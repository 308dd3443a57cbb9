package org.parley.kb;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.parley.model.RegionId;

/**
 * An ISO 3166-2 unit (or a whole country) with its official area in km² and, where known, its
 * population.
 */
public record Region(
    RegionId id,
    String name,
    List<String> aliases,
    double areaKm2,
    OptionalLong population,
    RegionKind kind)
    implements KbEntry {
  public Region {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(kind, "kind");
    Entries.requireName(name, id.value());
    if (!(areaKm2 > 0) || Double.isInfinite(areaKm2)) {
      throw new IllegalArgumentException("area of " + id + " must be positive: " + areaKm2);
    }
    if (population.isPresent() && population.getAsLong() < 0) {
      throw new IllegalArgumentException("population of " + id + " is negative");
    }
    aliases = List.copyOf(aliases);
  }

  @Override
  public String key() {
    return id.value();
  }
}
