package org.parley.analysis.territory.check;

import java.util.List;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * What a claim's holder holds on a map, over the claim's regions taken together: km² held, km² of
 * land, and the share. For Russia (and the Russian-backed DPR/LPR) that is the controlled area; for
 * Ukraine, the rest of the land.
 */
public record HeldArea(
    ActorId holder, List<RegionId> regions, String name, double heldKm2, double landKm2) {
  public HeldArea {
    regions = List.copyOf(regions);
  }

  /** Share of the land held, in 0..1. */
  public double share() {
    return landKm2 == 0 ? 0 : Math.min(1, heldKm2 / landKm2);
  }
}
