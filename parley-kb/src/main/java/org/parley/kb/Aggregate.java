package org.parley.kb;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.parley.model.RegionId;

/** A named group of regions that news text treats as one ("the Donbas"), sorted by id. */
public record Aggregate(String id, String name, List<String> aliases, List<RegionId> regions)
    implements KbEntry {
  public Aggregate {
    Entries.requireSlug(id);
    Entries.requireName(name, id);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(regions, "regions");
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("aggregate " + id + " has no regions");
    }
    // a TreeSet sorts and deduplicates by compareTo, without the cost of bootstrapping record
    // equals
    regions = List.copyOf(new TreeSet<>(regions));
  }

  @Override
  public String key() {
    return id;
  }
}
