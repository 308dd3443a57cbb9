package org.parley.analysis.position;

import java.util.List;
import org.parley.model.RegionId;

/**
 * Set relations between the region lists of provisions. An empty list (a provision that names no
 * regions) overlaps every list; a whole country ({@code UA}) contains its subdivisions.
 */
public final class RegionSets {
  private RegionSets() {}

  /** Whether the two lists share territory, or either names none. */
  public static boolean overlap(List<RegionId> a, List<RegionId> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.stream().anyMatch(x -> b.stream().anyMatch(y -> contains(x, y) || contains(y, x)));
  }

  /** Whether every region of {@code inner} lies in {@code outer}. */
  public static boolean containsAll(List<RegionId> outer, List<RegionId> inner) {
    return inner.stream().allMatch(i -> outer.stream().anyMatch(o -> contains(o, i)));
  }

  /** The regions of {@code a} that {@code b} does not cover, in order. */
  public static List<RegionId> minus(List<RegionId> a, List<RegionId> b) {
    return a.stream().filter(x -> b.stream().noneMatch(y -> contains(y, x))).toList();
  }

  private static boolean contains(RegionId outer, RegionId inner) {
    return outer.equals(inner) || (outer.isCountry() && inner.country().equals(outer.value()));
  }
}
