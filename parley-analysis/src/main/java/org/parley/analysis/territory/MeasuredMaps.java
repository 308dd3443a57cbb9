package org.parley.analysis.territory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    return tables.computeIfAbsent(
        entry, e -> measurer.measure(reader.read(e.file(), e.date()), boundaries));
  }
}
