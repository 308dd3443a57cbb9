package org.parley.analysis.territory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link MapCatalog} measured against {@link RegionBoundaries} on demand: each map is read and
 * measured the first time it is asked for, then remembered, so a run over many claims of the same
 * day reads that day's map once. Thread-safe.
 */
public final class MeasuredMaps {
  private final MapCatalog catalog;
  private final RegionBoundaries boundaries;
  private final ControlMapReader reader = new ControlMapReader();
  private final ControlMeasurer measurer = new ControlMeasurer();
  private final Map<MapEntry, ControlTable> tables = new ConcurrentHashMap<>();
  private final Map<String, List<String>> repairs = new ConcurrentSkipListMap<>();

  public MeasuredMaps(MapCatalog catalog, RegionBoundaries boundaries) {
    this.catalog = catalog;
    this.boundaries = boundaries;
  }

  public MapCatalog catalog() {
    return catalog;
  }

  public RegionBoundaries boundaries() {
    return boundaries;
  }

  /** The table of Russian control per region on the map {@code entry}. */
  public ControlTable table(MapEntry entry) {
    return tables.computeIfAbsent(entry, this::measure);
  }

  /**
   * The repairs the maps read so far needed, by map name (names in order): invalid features, each
   * repaired with JTS or left out, so that no map is measured with a silent repair.
   */
  public Map<String, List<String>> repairs() {
    return Map.copyOf(new TreeMap<>(repairs));
  }

  private ControlTable measure(MapEntry e) {
    ControlMap map = reader.read(e.file(), e.date());
    if (!map.repairs().isEmpty()) {
      repairs.put(map.name(), map.repairs());
    }
    return measurer.measure(map, boundaries);
  }
}
