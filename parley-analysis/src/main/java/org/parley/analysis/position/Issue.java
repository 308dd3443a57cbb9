package org.parley.analysis.position;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * What a position is about: the provision type, for territorial types the regions of the current
 * stance, for {@code other} the detail that names it, and for {@code territory.withdraw} whose
 * forces withdraw ({@code null} where no claim says; see {@link IssueThreads#withdrawer}).
 */
public record Issue(
    ProvisionType type,
    List<RegionId> regions,
    @Nullable String detail,
    @Nullable ActorId withdrawer) {
  public Issue {
    Objects.requireNonNull(type, "type");
    regions = List.copyOf(regions);
  }

  /**
   * A short label: {@code territory.cede UA-09,UA-14}, {@code other (no-fly zone)}, {@code
   * territory.withdraw UA-14 by UKR}.
   */
  public String label() {
    String r =
        regions.isEmpty()
            ? ""
            : " " + String.join(",", regions.stream().map(RegionId::value).toList());
    return type.code()
        + r
        + (detail == null ? "" : " (" + detail + ")")
        + (withdrawer == null ? "" : " by " + withdrawer);
  }
}
