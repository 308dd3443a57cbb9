package org.parley.analysis.position;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * What a position is about: the provision type, for territorial types the regions of the current
 * stance, and for {@code other} the detail that names it.
 */
public record Issue(ProvisionType type, List<RegionId> regions, @Nullable String detail) {
  public Issue {
    Objects.requireNonNull(type, "type");
    regions = List.copyOf(regions);
  }

  /** A short label: {@code territory.cede UA-09,UA-14}, {@code other (no-fly zone)}. */
  public String label() {
    String r =
        regions.isEmpty()
            ? ""
            : " " + String.join(",", regions.stream().map(RegionId::value).toList());
    return type.code() + r + (detail == null ? "" : " (" + detail + ")");
  }
}
