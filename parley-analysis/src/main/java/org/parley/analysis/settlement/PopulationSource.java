package org.parley.analysis.settlement;

import java.util.Map;
import java.util.OptionalLong;
import org.parley.model.RegionId;

/** Where a region's population comes from, and how to describe that figure in output. */
public interface PopulationSource {
  /** The region's population, when known. */
  OptionalLong population(RegionId region);

  /** What the figures are ("pre-war estimate of 1 January 2022, from the knowledge base"). */
  String basis();

  /** No population figures: estimates are left out. */
  static PopulationSource none() {
    return of(Map.of(), "no population figures available");
  }

  /** Fixed figures, e.g. for tests. */
  static PopulationSource of(Map<RegionId, Long> figures, String basis) {
    Map<RegionId, Long> copy = Map.copyOf(figures);
    return new PopulationSource() {
      @Override
      public OptionalLong population(RegionId region) {
        Long p = copy.get(region);
        return p == null ? OptionalLong.empty() : OptionalLong.of(p);
      }

      @Override
      public String basis() {
        return basis;
      }
    };
  }
}
