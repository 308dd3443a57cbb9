package org.parley.analysis.territory;

import java.util.List;
import java.util.Optional;
import org.parley.model.RegionId;

/**
 * The regions of one country as land polygons, sorted by id, and where they came from ({@code
 * description}, shown beside every table). The regions are assumed not to overlap, so that sums
 * over them are areas of their union. Immutable and thread-safe.
 */
public record RegionBoundaries(String description, RegionId country, List<RegionShape> regions) {
  public RegionBoundaries {
    regions = regions.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("boundaries without regions: " + description);
    }
    if (!country.isCountry()) {
      throw new IllegalArgumentException("not a country id: " + country);
    }
  }

  public Optional<RegionShape> find(RegionId id) {
    return regions.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The land area of all regions together, in km². */
  public double landKm2() {
    return regions.stream().mapToDouble(RegionShape::landKm2).sum();
  }
}
