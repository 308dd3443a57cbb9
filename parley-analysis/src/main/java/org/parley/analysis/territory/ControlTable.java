package org.parley.analysis.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.parley.model.RegionId;

/**
 * Russian control per region on one map: the map's date and name, the boundaries used, and one
 * {@link RegionControl} per region (sorted by id, zero rows included). Groups of regions and the
 * whole country are sums over rows. Immutable and thread-safe.
 */
public record ControlTable(
    LocalDate date,
    String mapName,
    String boundaries,
    RegionId countryId,
    List<RegionControl> rows) {
  public ControlTable {
    rows = List.copyOf(rows);
  }

  public Optional<RegionControl> region(RegionId id) {
    return rows.stream().filter(r -> r.regions().equals(List.of(id))).findFirst();
  }

  /** The whole country: every region summed, named by the country id ({@code UA}). */
  public RegionControl whole() {
    return sum(List.of(countryId), "all %d regions".formatted(rows.size()), rows);
  }

  /**
   * The given regions taken together; the country id stands for all regions. Empty when a region is
   * not in the table.
   */
  public Optional<RegionControl> combined(Collection<RegionId> ids) {
    TreeSet<RegionId> wanted = new TreeSet<>(ids);
    if (wanted.contains(countryId)) {
      return Optional.of(whole());
    }
    List<RegionControl> picked = new ArrayList<>();
    for (RegionId id : wanted) {
      Optional<RegionControl> row = region(id);
      if (row.isEmpty()) {
        return Optional.empty();
      }
      picked.add(row.get());
    }
    if (picked.size() == 1) {
      return Optional.of(picked.get(0));
    }
    String name = String.join(" + ", picked.stream().map(RegionControl::name).toList());
    return Optional.of(sum(List.copyOf(wanted), name, picked));
  }

  private static RegionControl sum(List<RegionId> ids, String name, List<RegionControl> parts) {
    double controlled = parts.stream().mapToDouble(RegionControl::controlledKm2).sum();
    double land = parts.stream().mapToDouble(RegionControl::landKm2).sum();
    return new RegionControl(ids, name, controlled, land);
  }
}
